using System.Globalization;
using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// What the generator knows and the records never say: which unit practised what, over which
/// reports, and when the practice first showed (the true onset). Written to a file of its own
/// (<c>compliance generate --truth</c>) for tests that measure how soon a detector sees a change.
/// </summary>
/// <remarks>
/// <para>JSON, one object:</para>
/// <code>
/// { "practice": "sapphire", "unitId": "SW-SAPPHIRE", "practiceFrom": "2008-07-01", "practiceTo": "2009-09-30",
///   "rapeReportsPerMonth": 15, "trueOnset": "2008-07-02T14:05:00Z",
///   "practisingRecords": [ { "crimeRecordId": "…", "reportReceivedAt": "…", "eventAt": "…", "rapeReport": true, "affected": false } ] }
/// </code>
/// <para>
/// A practising record is one the practising unit received inside the practice window;
/// <c>affected</c> says whether the practice changed what happened to it. Its <c>eventAt</c> is the
/// instant its fate was decided: the cancellation's <c>authorisedAt</c> (else <c>requestedAt</c>)
/// when cancelled, else the recording decision's <c>decidedAt</c>; null when neither exists.
/// <c>trueOnset</c> is the earliest <c>eventAt</c> of a practising record (null when there is
/// none). Without a practice the file says <c>"practice": null</c> and lists nothing.
/// </para>
/// <para>
/// With incident logs (<c>compliance generate --incidents</c>) it also holds, after the practice,
/// <c>"incidents": { "nonRecording", "underRecordingUnit", "underRecording", "onTime", "events": [ … ] }</c>:
/// one event per incident log, in the order of the logs, with its true offences and what became
/// of each — <c>{ "incidentId": "…", "unitId": "…", "offences": [ { "allegationType": "RAPE", "fate": "UNRECORDED" } ] }</c>,
/// fate <c>RECORDED</c>, <c>RECORDED_LATE</c>, <c>UNRECORDED</c> or <c>NOT_RECORDED_LAWFULLY</c>; an event
/// without an offence lists none. The events are written as they are generated, so the file never
/// holds more than a block of them in memory.
/// </para>
/// </remarks>
internal sealed class GenerationTruth : IDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly List<(string Id, DateTimeOffset Received, DateTimeOffset? EventAt, bool Rape, bool Affected)> _records = [];
    private readonly Utf8JsonWriter _json;
    private readonly bool _incidents;

    /// <summary>Starts the truth file: the practice at once, the incident events as they are generated, the rest at <see cref="End"/>.</summary>
    public GenerationTruth(GeneratorOptions options, Stream output, string? underRecordingUnit, bool incidents)
    {
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        _incidents = incidents;
        var json = _json;
        json.WriteStartObject();
        if (options.EffectivePractice is { } p)
        {
            json.WriteString("practice", Name(p));
            json.WriteString("unitId", ForceModel.SapphireUnitId);
            json.WriteString("practiceFrom", Day(options.PracticeFrom ?? options.PeriodFrom));
            json.WriteString("practiceTo", Day(options.PracticeTo ?? options.PeriodTo));
            json.WriteNumber("rapeReportsPerMonth", Math.Round(ForceModel.RapeReportsPerMonth(options), 3));
        }
        else
        {
            json.WriteNull("practice");
        }

        if (incidents)
        {
            json.WriteStartObject("incidents");
            json.WriteNumber("nonRecording", options.NonRecording);
            if (underRecordingUnit is null)
            {
                json.WriteNull("underRecordingUnit");
            }
            else
            {
                json.WriteString("underRecordingUnit", underRecordingUnit);
            }

            json.WriteNumber("underRecording", underRecordingUnit is null ? 0 : options.UnderRecording);
            json.WriteBoolean("onTime", options.OnTime);
            json.WriteStartArray("events");
        }
    }

    public void Add(ComposedRecord composed)
    {
        if (!composed.Practising)
        {
            return;
        }

        var record = composed.Record;
        var eventAt = record.Cancellation is { } c ? c.AuthorisedAt ?? c.RequestedAt : record.RecordingDecision?.DecidedAt;
        var rape = record.Incident.AllegationType is AllegationType.Rape or AllegationType.AttemptedRape
            || record.RecordingDecision?.Outcome == RecordingOutcome.N100
            || record.ClassificationHistory.Any(e => e.HomeOfficeCode.StartsWith("19", StringComparison.Ordinal));
        _records.Add((record.CrimeRecordId, record.Incident.ReportReceivedAt, eventAt, rape, composed.Affected));
    }

    /// <summary>Writes one incident's truth: its id, unit, and each true offence with its fate.</summary>
    public void Add(ComposedIncident composed)
    {
        var json = _json;
        json.WriteStartObject();
        json.WriteString("incidentId", composed.Incident.IncidentId);
        json.WriteString("unitId", composed.Incident.OwningUnit?.UnitId);
        json.WriteStartArray("offences");
        foreach (var offence in composed.Offences)
        {
            json.WriteStartObject();
            json.WriteString("allegationType", UpperSnake(offence.Allegation.ToString()));
            json.WriteString("fate", UpperSnake(offence.Fate.ToString()));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        if (json.BytesPending >= FlushThreshold)
        {
            json.Flush();
        }
    }

    /// <summary>Ends the truth file: the incident events, the true onset and the practising records.</summary>
    public void End(Stream output)
    {
        var json = _json;
        if (_incidents)
        {
            json.WriteEndArray();
            json.WriteEndObject();
        }

        var onset = _records.Where(r => r.EventAt is not null).Select(r => r.EventAt!.Value).DefaultIfEmpty().Min();
        if (onset == default)
        {
            json.WriteNull("trueOnset");
        }
        else
        {
            json.WriteString("trueOnset", Instant(onset));
        }

        json.WriteStartArray("practisingRecords");
        foreach (var record in _records)
        {
            json.WriteStartObject();
            json.WriteString("crimeRecordId", record.Id);
            json.WriteString("reportReceivedAt", Instant(record.Received));
            if (record.EventAt is { } at)
            {
                json.WriteString("eventAt", Instant(at));
            }
            else
            {
                json.WriteNull("eventAt");
            }

            json.WriteBoolean("rapeReport", record.Rape);
            json.WriteBoolean("affected", record.Affected);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    public void Dispose() => _json.Dispose();

    /// <summary>The practice's name on the command line.</summary>
    public static string Name(UnitPractice practice) => practice switch
    {
        UnitPractice.Sapphire => "sapphire",
        UnitPractice.Displacement => "displacement",
        UnitPractice.RecordAll => "record-all",
        _ => throw new ArgumentOutOfRangeException(nameof(practice), practice, "unknown practice"),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string UpperSnake(string name) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(name);

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
