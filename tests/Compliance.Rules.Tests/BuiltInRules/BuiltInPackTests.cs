using System.Text;
using System.Text.Json;
using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using Json.Schema;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.BuiltInRules;

public sealed class BuiltInPackTests
{
    private static readonly RulePack Pack = RulePack.LoadBuiltIn();

    private static readonly string[] RecordRuleIds =
    [
        "NCRS-001", "NCRS-002", "NCRS-003", "NCRS-004", "NCRS-005",
        "SEXOFF-001", "SEXOFF-002", "SEXOFF-003", "SEXOFF-004", "SEXOFF-005", "SEXOFF-006",
        "RECLASS-001", "RECLASS-002",
        "CANCEL-001", "CANCEL-002", "CANCEL-003", "CANCEL-004", "CANCEL-005", "CANCEL-006", "CANCEL-007", "CANCEL-008",
        "RETRACT-001", "RETRACT-002", "RETRACT-003",
        "OUTCOME-001", "OUTCOME-002", "OUTCOME-003", "OUTCOME-004",
        "VICTIM-001", "VICTIM-002", "VICTIM-003",
    ];

    [Fact]
    public void Pack_is_the_catalog_of_rules_md()
    {
        Assert.Equal("compliance-builtin", Pack.Id);
        Assert.Equal("2.0.0", Pack.Version);
        Assert.Equal(RecordRuleIds, Pack.Rules.Where(r => r.Scope == RuleScope.Record).Select(r => r.Id));
        Assert.Equal(["AUDIT-001", "AUDIT-002", "AUDIT-003", "AUDIT-004", "AUDIT-005", "AUDIT-006", "AUDIT-007"], Pack.Rules.Where(r => r.Scope == RuleScope.Unit).Select(r => r.Id));
        Assert.All(Pack.Rules, r =>
        {
            Assert.True(r.Enabled);
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.Citation));
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
            Assert.NotEmpty(r.EvidenceNames);
        });
        Assert.All(Pack.Rules.Where(r => r.Scope == RuleScope.Record), r => Assert.NotNull(r.AppliesWhen));
    }

    [Fact]
    public void Pack_file_is_valid_against_the_published_pack_schema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "schemas", "rule-pack.schema.json")));
        using var stream = typeof(RulePack).Assembly.GetManifestResourceStream("Compliance.Rules.Packs.BuiltIn.builtin.json")!;
        using var document = JsonDocument.Parse(stream);

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("NCRS-001", Severity.High, Severity.Critical)]
    [InlineData("NCRS-003", Severity.High, Severity.Critical)]
    [InlineData("SEXOFF-001", Severity.Critical, null)]
    [InlineData("RECLASS-002", Severity.High, Severity.Critical)]
    [InlineData("CANCEL-002", Severity.High, Severity.Critical)]
    [InlineData("CANCEL-003", Severity.Critical, null)]
    [InlineData("CANCEL-007", Severity.Medium, Severity.High)]
    [InlineData("RETRACT-001", Severity.Critical, null)]
    [InlineData("VICTIM-003", Severity.Low, null)]
    [InlineData("AUDIT-003", Severity.Critical, null)]
    public void Severities_and_escalations_are_those_of_rules_md(string ruleId, Severity severity, Severity? escalatesTo)
    {
        var rule = Pack.FindRule(ruleId)!;

        Assert.Equal(severity, rule.Severity);
        Assert.Equal(escalatesTo is null ? [] : [escalatesTo.Value], rule.Escalations.Select(e => e.Severity));
    }

    [Fact]
    public void Every_number_and_code_set_of_rules_md_is_a_parameter_with_its_default()
    {
        Assert.Equal(90, Pack.Parameter<int>("surveyDays"));
        Assert.Equal([6, 7, 8, 22], Pack.Parameter<int[]>("rapeProhibitedOutcomes"));
        Assert.Equal([2, 3], Pack.Parameter<int[]>("cautionOutcomes"));
        Assert.Equal(10, Pack.Parameter<RecordingReason[]>("prohibitedReasons").Length);
        Assert.Equal([RecordingOutcome.N100, RecordingOutcome.CrimeRelatedIncident, RecordingOutcome.NotRecorded], Pack.Parameter<RecordingOutcome[]>("ncrsNotRecordedOutcomes"));
        Assert.Equal(["RAPE", "OTHER_SEXUAL", "VIOLENCE", "ROBBERY"], Pack.Parameter<string[]>("seriousGroups"));
        Assert.Equal(12, Pack.Parameter<string[]>("placeholderTexts").Length);
        Assert.Empty(Pack.Parameter<DateOnly[]>("extraBankHolidays"));
        Assert.Equal(20, Pack.Parameter<int>("audit001MinRecords"));
        Assert.Equal(0.01, Pack.Parameter<double>("audit002MaxPValue"));
        Assert.Equal(3.0, Pack.Parameter<double>("audit004MaxUpliftPoints"));
        Assert.Null(Pack.Parameters.Single(p => p.Name == "rapeCancellationBenchmark").Value);
    }

    [Fact]
    public void Record_facts_fall_back_to_the_same_defaults_as_the_pack()
    {
        var fromPack = FactsParameters.For(Pack.CreateContext());
        var fallback = FactsParameters.For(Engine.TestContext.With());

        Assert.Equal(fallback.SeriousGroups, fromPack.SeriousGroups);
        Assert.Equal(fallback.SexualOffenceGroups, fromPack.SexualOffenceGroups);
        Assert.Equal(fallback.RapeGroups, fromPack.RapeGroups);
        Assert.Equal(fallback.PlaceholderTexts, fromPack.PlaceholderTexts);
        Assert.Equal(fallback.SexualOffenceAllegationTypes, fromPack.SexualOffenceAllegationTypes);
        Assert.Equal(fallback.RapeAllegationTypes, fromPack.RapeAllegationTypes);
        Assert.Equal(fallback.SpecialistAccreditations, fromPack.SpecialistAccreditations);
        Assert.Equal(fallback.VerifiableAviTypes, fromPack.VerifiableAviTypes);
        Assert.Equal(fallback.InsufficientGroundsAviTypes, fromPack.InsufficientGroundsAviTypes);
        Assert.Equal(fallback.RetractionStatementTypes, fromPack.RetractionStatementTypes);
    }

    private static IComplianceEngine WithPolicy(string parameters) =>
        ComplianceEngine.Create(Pack, RulePolicy.Load(
            new MemoryStream(Encoding.UTF8.GetBytes($$"""{ "kind": "policy", "extends": "compliance-builtin", "parameters": { {{parameters}} } }""")),
            "policy.json"));

    private static RuleStatus Status(IComplianceEngine engine, CrimeRecord record, string ruleId, DateTimeOffset asOf) =>
        engine.Explain(record, asOf).Rules.Single(r => r.RuleId == ruleId).Status;

    [Fact]
    public void A_policy_changes_the_numbers_the_rules_use()
    {
        var cancelled = Clean with { Cancellation = Cancellation(CancellationCode.C2) };
        var fortyDaysLater = At("2016-04-20T00:00:00Z");

        Assert.Equal(RuleStatus.Passed, Status(BuiltIn.Engine, cancelled, "VICTIM-003", fortyDaysLater));
        Assert.Equal(RuleStatus.Fired, Status(WithPolicy("\"surveyDays\": 30"), cancelled, "VICTIM-003", fortyDaysLater));
    }

    [Fact]
    public void A_policy_changes_the_shared_definitions_the_facts_use()
    {
        var cancelled = Clean with { Cancellation = Cancellation(CancellationCode.C2) };
        var noSeriousGroups = WithPolicy("\"seriousGroups\": []");

        Assert.Equal(Severity.Critical, BuiltIn.Engine.Evaluate(cancelled, AsOf).Findings.Single(f => f.RuleId == "CANCEL-002").Severity);
        Assert.Equal(Severity.High, noSeriousGroups.Evaluate(cancelled, AsOf).Findings.Single(f => f.RuleId == "CANCEL-002").Severity);
    }

    [Fact]
    public void A_policy_adds_bank_holidays_to_working_day_deadlines()
    {
        // Recorded Tuesday 1 March 2016: the crime reference is due 5 working days later, by Tuesday 8 March;
        // with 2 March a holiday, by Wednesday 9 March.
        var lateReference = Clean with { Notifications = [new Notification { Type = NotificationType.CrimeReference, SentAt = At("2016-03-09T12:00:00Z") }] };

        Assert.Equal(RuleStatus.Fired, Status(BuiltIn.Engine, lateReference, "VICTIM-001", AsOf));
        Assert.Equal(RuleStatus.Passed, Status(WithPolicy("\"extraBankHolidays\": [\"2016-03-02\"]"), lateReference, "VICTIM-001", AsOf));
    }
}
