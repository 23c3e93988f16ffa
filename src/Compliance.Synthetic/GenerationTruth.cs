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
/// </remarks>
internal sealed class GenerationTruth(GeneratorOptions options)
{
    private readonly List<(string Id, DateTimeOffset Received, DateTimeOffset? EventAt, bool Rape, bool Affected)> _records = [];

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

    public void Write(Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        var practice = options.EffectivePractice;
        json.WriteStartObject();
        if (practice is { } p)
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

    /// <summary>The practice's name on the command line.</summary>
    public static string Name(UnitPractice practice) => practice switch
    {
        UnitPractice.Sapphire => "sapphire",
        UnitPractice.Displacement => "displacement",
        UnitPractice.RecordAll => "record-all",
        _ => throw new ArgumentOutOfRangeException(nameof(practice), practice, "unknown practice"),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
