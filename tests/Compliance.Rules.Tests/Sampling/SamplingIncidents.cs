using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Compliance.Rules.Sampling;
using Compliance.Rules.Tests.BuiltInRules;
using Compliance.Rules.Tests.Incidents;

namespace Compliance.Rules.Tests.Sampling;

/// <summary>Incident logs built by hand for drawing tests, and a draw of records and incidents through the built-in pack.</summary>
internal static class SamplingIncidents
{
    public static IComplianceEngine Engine => BuiltIn.Engine;

    /// <summary>
    /// A call disclosing an allegation of <paramref name="type"/> (crime-indicative unless
    /// <see cref="AllegationType.Other"/>: then no code and no qualifier either), closed a day later
    /// and reviewed by a supervisor the day after, linked to nothing.
    /// </summary>
    public static IncidentLog Call(string id, DateTimeOffset received, AllegationType type = AllegationType.Rape) => TestIncidents.Clean with
    {
        IncidentId = id,
        ReceivedAt = received,
        CodeScheme = type == AllegationType.Other ? null : TestIncidents.Clean.CodeScheme,
        OpeningCode = type == AllegationType.Other ? null : TestIncidents.Clean.OpeningCode,
        Disclosures = [TestIncidents.Disclose(received, DisclosureSource.Call, type)],
        ClosedAt = received.AddDays(1),
        SupervisorReviewedAt = received.AddDays(2),
        LinkedCrimeRecordIds = [],
    };

    /// <summary><paramref name="count"/> calls of <paramref name="type"/>, ids <c>prefix-0000</c>…, received every 8 hours from 2016-01-01T12:00Z.</summary>
    public static IEnumerable<IncidentLog> Calls(string prefix, int count, AllegationType type = AllegationType.Rape) =>
        Enumerable.Range(0, count).Select(i => Call($"{prefix}-{i:D4}", TestRecords.At("2016-01-01T12:00:00Z").AddHours(8 * i), type));

    public static SamplingPlan Plan(string json) => SamplingPlan.Load(System.Text.Encoding.UTF8.GetBytes(json), "plan.json", Engine.Pack);

    public static ReadResult[] AsRead(IEnumerable<IncidentLog> incidents) =>
        [.. incidents.Select((incident, i) => (ReadResult)new ParsedIncident(incident, "incidents.jsonl", i + 1L))];

    public static Sample Draw(SamplingPlan plan, IEnumerable<CrimeRecord> records, IEnumerable<ReadResult> incidents, long seed = 42)
    {
        using var drawer = new SampleDrawer(plan, Engine, seed, TestRecords.AsOf, includesIncidents: true);
        foreach (var record in records)
        {
            drawer.Add(record);
        }

        drawer.AddIncidents(incidents);
        return drawer.Complete(blind: true, [new SampleInput("00", 0, 0)]);
    }

    public static Sample Draw(string plan, IEnumerable<IncidentLog> incidents, long seed = 42) => Draw(Plan(plan), [], AsRead(incidents), seed);

    public static string Json(Sample sample)
    {
        using var stream = new MemoryStream();
        SampleJson.Write(stream, sample);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
