using Compliance.Rules.Incidents;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Compliance.Rules.Tests.BuiltInRules;
using static Compliance.Rules.Tests.Incidents.TestIncidents;

namespace Compliance.Rules.Tests.Incidents;

/// <summary>
/// The join of incidents to records: links found both ways, one-sided and unresolved links
/// counted, incidents reported in input order, and the same answer whether the sorts spill to
/// disk or not.
/// </summary>
public sealed class IncidentJoinTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1 << 17)]
    public void Links_are_found_both_ways_whatever_the_memory_budget(int budget)
    {
        // INC-1 lists CR-TEST-1 (which does not name it: one-sided); INC-2 lists nothing but CR-B
        // names it (one-sided); INC-3 lists CR-C, which names it too (two-sided); INC-4 lists CR-X,
        // which no record has (unresolved), so its rape disclosure is unanswered.
        var recordB = Named("CR-B", "INC-2");
        var recordC = Named("CR-C", "INC-3");
        var incidents = new[]
        {
            Clean,
            Clean with { IncidentId = "INC-2", LinkedCrimeRecordIds = [] },
            Clean with { IncidentId = "INC-3", LinkedCrimeRecordIds = ["CR-C"] },
            Clean with { IncidentId = "INC-4", LinkedCrimeRecordIds = ["CR-X"] },
        };

        using var join = new IncidentJoin(TestIncidents.BuiltIn, TestRecords.AsOf, budget);
        foreach (var record in new[] { TestRecords.Clean, recordB, recordC })
        {
            join.AddRecord(record, Rules.Tests.BuiltInRules.BuiltIn.Engine.Evaluate(record, TestRecords.AsOf));
        }

        var rejections = new List<Rejection>();
        var results = join.Evaluate(Results(incidents), rejections.Add).ToArray();

        Assert.Equal(["INC-1", "INC-2", "INC-3", "INC-4"], results.Select(r => r.Evaluation.IncidentId));
        Assert.Equal([2, 3, 4, 6], results.Select(r => (int)r.Incident.Line));
        Assert.DoesNotContain(results[0].Evaluation.Findings, f => f.RuleId == IncidentRules.SexualDisclosure);
        Assert.DoesNotContain(results[1].Evaluation.Findings, f => f.RuleId == IncidentRules.SexualDisclosure);
        Assert.DoesNotContain(results[2].Evaluation.Findings, f => f.RuleId == IncidentRules.SexualDisclosure);
        Assert.Contains(results[3].Evaluation.Findings, f => f.RuleId == IncidentRules.SexualDisclosure);
        Assert.Equal(2, join.OneSidedLinks);
        Assert.Equal(1, join.UnresolvedLinks);
        Assert.Equal([("INC-4", "CR-X")], join.Unresolved);
        Assert.Equal(RejectionCode.InvalidIncident, Assert.Single(rejections).Code);
    }

    [Fact]
    public void A_link_to_a_rejected_record_gives_errors_for_the_rules_that_need_it()
    {
        using var join = new IncidentJoin(TestIncidents.BuiltIn, TestRecords.AsOf, 1);
        join.AddRejectedRecord("CR-TEST-1");

        var result = Assert.Single(join.Evaluate(Results([Clean]), _ => { }));

        Assert.Contains(result.Evaluation.Errors, e => e.RuleId == IncidentRules.SexualDisclosure && e.Message == "linked record CR-TEST-1 rejected");
        Assert.Empty(result.Evaluation.Findings);
        Assert.Equal(0, join.UnresolvedLinks);
    }

    private static CrimeRecord Named(string id, string incidentId) =>
        TestRecords.Clean with { CrimeRecordId = id, Incident = TestRecords.Clean.Incident with { IncidentId = incidentId } };

    /// <summary>The incidents as a reader gives them, after a rejected first line.</summary>
    private static IEnumerable<ReadResult> Results(IncidentLog[] incidents)
    {
        var text = string.Join('\n', incidents.Select(IncidentJson.Serialize).Prepend("{\"schemaVersion\":\"incident-1.0\"}").Select((line, i) => i == 4 ? "\n" + line : line));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return new IncidentReader().Read(stream, "incidents.jsonl", RecordInputFormat.JsonLines).ToArray();
    }
}
