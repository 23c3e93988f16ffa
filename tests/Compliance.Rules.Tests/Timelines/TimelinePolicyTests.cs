using System.Text;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using Compliance.Rules.Timelines;

namespace Compliance.Rules.Tests.Timelines;

/// <summary>The built-in timelines, and policies that edit them: set a field, add an entry, never remove one.</summary>
public sealed class TimelinePolicyTests
{
    private static readonly RulePack BuiltIn = RulePack.LoadBuiltIn();

    private static RulePack WithPolicy(string body) =>
        BuiltIn.WithPolicy(RulePolicy.Load(new MemoryStream(Encoding.UTF8.GetBytes($$"""{ "kind": "policy", "extends": "compliance-builtin", {{body}} }""")), "policy.json"));

    private static IReadOnlyList<PackError> Errors(string body) => Assert.Throws<RulePackException>(() => WithPolicy(body)).Errors;

    [Fact]
    public void The_built_in_timelines_carry_the_entries_and_dates_of_the_catalog()
    {
        var t = BuiltIn.Timelines;

        Assert.Equal([("HOCR-2002", new DateOnly(2002, 4, 1), 72), ("HOCR-2015", new DateOnly(2015, 4, 1), 24), ("HOCR-2019", new DateOnly(2019, 4, 1), 24)],
            t.CountingRules.Entries.Select(e => (e.Id, e.From, e.RecordingLimitHours)));
        Assert.Equal(["HOCR-2008"], t.CountingRules.First.Aliases);
        Assert.Equal([null, true, true], t.CountingRules.Entries.Select(e => e.HasN100));
        Assert.Equal([CancellationCode.C1, CancellationCode.C2, CancellationCode.C3, CancellationCode.C4, CancellationCode.C5], t.CountingRules.Entries[2].CancellationCodes);
        Assert.Equal([OfficerRole.CrimeRegistrar, OfficerRole.DecisionMaker], t.CountingRules.First.SeriousGroupAuthority.Roles);
        Assert.Empty(t.CountingRules.Entries[1].SeriousGroupAuthority.Roles);
        Assert.Equal([OfficerRole.Supervisor], t.CountingRules.Entries[1].OtherGroupAuthority.Roles);

        Assert.Equal(["DETECTIONS", "OUTCOMES-2013", "OUTCOMES-2014", "OUTCOMES-2016", "OUTCOMES-2019"], t.Outcomes.Entries.Select(e => e.Id));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 9], t.Outcomes.First.ValidOutcomeTypes);
        Assert.Equal([13, 20, 21, 22], t.Outcomes.Entries.Skip(1).Select(e => e.ValidOutcomeTypes.Max()));
        Assert.DoesNotContain(23, t.Outcomes.Entries[^1].ValidOutcomeTypes);
        Assert.Equal([14, 16], t.Outcomes.Entries[2].VictimDecisionTypes);
        Assert.Empty(t.Outcomes.Entries[1].VictimDecisionTypes);

        Assert.Equal([(null, false), (null, false), (5, true), (5, true)], t.VictimsCode.Entries.Select(e => (e.CrimeReferenceWorkingDays, e.CoversUnrecordedReports)));
        Assert.Equal([new DateOnly(2006, 4, 3), new DateOnly(2013, 12, 10), new DateOnly(2015, 11, 16), new DateOnly(2021, 4, 1)], t.VictimsCode.Entries.Select(e => e.From));
        Assert.Equal([10, 15], Assert.Single(t.RightToReview.Entries).Outcomes);
        ITimelineEntry[] all = [.. t.CountingRules.Entries, .. t.Outcomes.Entries, .. t.VictimsCode.Entries, .. t.RightToReview.Entries];
        Assert.All(all, e => Assert.False(string.IsNullOrWhiteSpace(e.Source)));
    }

    [Fact]
    public void Lookups_follow_the_London_date()
    {
        var t = BuiltIn.Timelines;

        Assert.Null(t.CountingRules.At(new DateTimeOffset(2002, 3, 31, 22, 59, 59, TimeSpan.Zero)));
        Assert.Equal("HOCR-2002", t.CountingRules.At(new DateTimeOffset(2002, 3, 31, 23, 0, 0, TimeSpan.Zero))!.Id);
        Assert.Equal("HOCR-2002", t.FindCountingRules("HOCR-2008")!.Id);
        Assert.Null(t.FindCountingRules("HOCR-2030"));
    }

    [Fact]
    public void A_policy_sets_a_field_of_an_entry_and_the_rules_follow()
    {
        var pack = WithPolicy("""
            "timelines": { "countingRules": { "set": { "HOCR-2015": { "recordingLimitHours": 48 } } } }
            """);

        Assert.Equal(48, pack.Timelines.CountingRules.Find("HOCR-2015")!.RecordingLimitHours);
        Assert.Equal(24, pack.Timelines.CountingRules.Find("HOCR-2019")!.RecordingLimitHours);
        Assert.NotEqual(BuiltIn.Sha256, pack.Sha256);

        var reported = new DateTimeOffset(2016, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var record = new CrimeRecord
        {
            SchemaVersion = "1.1",
            CrimeRecordId = "CR-1",
            Incident = new Incident { ReportReceivedAt = reported, AllegationType = AllegationType.Theft },
            RecordingDecision = new RecordingDecision { Outcome = RecordingOutcome.CrimeRecorded, DecidedAt = reported.AddHours(30) },
        };
        var asOf = reported.AddDays(10);
        Assert.Contains(ComplianceEngine.Create(BuiltIn).Evaluate(record, asOf).Findings, f => f.RuleId == "NCRS-001");
        Assert.DoesNotContain(ComplianceEngine.Create(pack).Evaluate(record, asOf).Findings, f => f.RuleId == "NCRS-001");
    }

    [Fact]
    public void A_policy_adds_a_whole_entry_where_its_date_puts_it()
    {
        var pack = WithPolicy("""
            "timelines": { "rightToReview": { "add": [ { "id": "FORCE-VRR", "from": "2014-01-01", "available": true, "outcomes": [10], "source": "tool policy" } ] } }
            """);

        Assert.Equal(["FORCE-VRR", "VRR-2015"], pack.Timelines.RightToReview.Entries.Select(e => e.Id));
    }

    [Fact]
    public void Timeline_edit_errors_name_their_path()
    {
        Assert.Contains(Errors("""
            "timelines": { "rightToReview": { "add": [ { "id": "X", "from": "2014-01-01", "available": true } ] } }
            """), e => e.Location == "$.timelines.rightToReview.add[0]" && e.Message.Contains("outcomes, source", StringComparison.Ordinal));
        Assert.Contains(Errors("""
            "timelines": { "rightToReview": { "add": [ { "id": "VRR-2015", "from": "2016-01-01", "available": true, "outcomes": [], "source": "x" } ] } }
            """), e => e.Location == "$.timelines.rightToReview[1].id" && e.Message.Contains("twice", StringComparison.Ordinal));
        Assert.Contains(Errors("""
            "timelines": { "rightToReview": { "add": [ { "id": "SAME-DAY", "from": "2015-04-01", "available": true, "outcomes": [], "source": "x" } ] } }
            """), e => e.Location.EndsWith(".from", StringComparison.Ordinal) && e.Message.Contains("strictly increase", StringComparison.Ordinal));
        Assert.Contains(Errors("""
            "timelines": { "countingRules": { "set": { "HOCR-2016": { "recordingLimitHours": 48 } } } }
            """), e => e.Location == "$.timelines.countingRules.set.HOCR-2016");
        Assert.Contains(Errors("""
            "timelines": { "countingRules": { "set": { "HOCR-2015": { "limitHours": 48 } } } }
            """), e => e.Location == "$.timelines.countingRules.set.HOCR-2015.limitHours");
        Assert.Contains(Errors("""
            "timelines": { "countingRules": { "set": { "HOCR-2015": { "from": "2020-01-01" } } } }
            """), e => e.Location == "$.timelines.countingRules[2].from" && e.Message.Contains("HOCR-2015", StringComparison.Ordinal));
        Assert.Contains(Errors("""
            "timelines": { "outcomes": { "remove": ["DETECTIONS"] } }
            """), e => e.Location == "$.timelines.outcomes.remove" && e.Message.Contains("cannot be removed", StringComparison.Ordinal));
        Assert.Contains(Errors("""
            "timelines": { "outcomes": { "set": { "DETECTIONS": { "validOutcomeTypes": [1, 2] } } } }
            """), e => e.Location == "$.timelines.outcomes[0].validOutcomeTypes");
    }

    [Theory]
    [InlineData("sanctionOutcomes", "[1]", "timelines.outcomes[].sanctionTypes")]
    [InlineData("vrrOutcomes", "[10]", "timelines.rightToReview[].outcomes")]
    [InlineData("cancellationAuthorityAccreditations", "[\"FCR\"]", "timelines.countingRules[].cancellationAuthority.seriousGroups.accreditations")]
    [InlineData("nonSeriousCancellationRoles", "[\"SUPERVISOR\"]", "timelines.countingRules[].cancellationAuthority.otherGroups.roles")]
    [InlineData("standardNoticeWorkingDays", "5", "timelines.victimsCode[].decisionNoticeWorkingDays")]
    [InlineData("enhancedNoticeWorkingDays", "1", "timelines.victimsCode[].enhancedDecisionNoticeWorkingDays")]
    public void A_replaced_parameter_is_refused_with_the_timeline_field_that_replaces_it(string name, string value, string field)
    {
        var error = Assert.Single(Errors($$""" "parameters": { "{{name}}": {{value}} } """));

        Assert.Equal($"$.parameters.{name}", error.Location);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_with_the_old_edition_table_is_told_what_replaced_it()
    {
        var json = """{ "kind": "rulePack", "id": "p", "version": "1", "editions": [], "offenceGroups": {}, "rules": [] }""";
        var errors = Assert.Throws<RulePackException>(() => RulePack.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "p.json")).Errors;

        Assert.Contains(errors, e => e.Location == "$.editions" && e.Message.Contains("timelines", StringComparison.Ordinal));
    }
}
