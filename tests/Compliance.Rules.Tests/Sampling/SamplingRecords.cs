using Compliance.Rules.Records;
using Compliance.Rules.Tests.BuiltInRules;

namespace Compliance.Rules.Tests.Sampling;

/// <summary>Records for drawing tests: rape and theft records, some cancelled, with recording decisions spread over 2016.</summary>
internal static class SamplingRecords
{
    public const string Plan = """
        { "planId": "TEST-2016", "adjudicator": "FORCE_CRIME_REGISTRAR", "seedSource": "test",
          "period": { "from": "2016-01-01", "to": "2017-01-01" },
          "strata": [
            { "id": "rape-cancellations", "population": "record", "decision": "cancellation", "where": "IsRapeRecord && Record.Cancellation != null", "n": 5 },
            { "id": "rape-recording", "population": "record", "decision": "recording", "where": "IsRapeRecord", "n": 7 },
            { "id": "other-recording", "population": "record", "decision": "recording", "where": "!IsRapeRecord", "expectedRate": 0.1, "margin": 0.1 } ] }
        """;

    /// <summary>
    /// 120 records: i % 3 == 0 are thefts; the rest rapes, every fourth of them cancelled; records
    /// 100–109 are decided in 2015 (outside the period) and 110–114 have no decision time (out of frame).
    /// </summary>
    public static IReadOnlyList<CrimeRecord> Make()
    {
        var records = new List<CrimeRecord>();
        for (var i = 0; i < 120; i++)
        {
            var baseRecord = i % 3 == 0 ? TestRecords.Theft : TestRecords.Clean;
            var decided = i switch
            {
                >= 100 and < 110 => (DateTimeOffset?)TestRecords.At("2015-06-01T12:00:00Z"),
                >= 110 and < 115 => null,
                _ => TestRecords.At("2016-01-01T00:00:00Z").AddDays(i * 3),
            };
            var record = baseRecord with
            {
                CrimeRecordId = $"CR-{i:D3}",
                RecordingDecision = baseRecord.RecordingDecision! with { DecidedAt = decided },
            };
            if (i % 3 != 0 && i % 4 == 1 && i < 100)
            {
                record = record with { Cancellation = new Cancellation { RequestedAt = decided!.Value.AddDays(10), AuthorisedAt = decided.Value.AddDays(12) } };
            }

            records.Add(record);
        }

        return records;
    }
}
