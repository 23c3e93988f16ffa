using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.BuiltInRules;

public sealed class ExampleRecordTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static CrimeRecord Example =>
        RecordJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "example-record.json")));

    [Fact]
    public void Example_record_gives_exactly_the_findings_of_the_contract()
    {
        var evaluation = BuiltIn.Engine.Evaluate(Example, AsOf);

        Assert.Empty(evaluation.Errors);
        Assert.Equal(
            [
                "CANCEL-002", "CANCEL-003", "CANCEL-004", "CANCEL-005", "CANCEL-006", "CANCEL-008",
                "RETRACT-001", "RETRACT-002", "RETRACT-003", "SEXOFF-004", "SEXOFF-005", "VICTIM-003",
            ],
            evaluation.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Example_record_findings_carry_the_evidence_that_made_them_fire()
    {
        var findings = BuiltIn.Engine.Evaluate(Example, AsOf).Findings.ToDictionary(f => f.RuleId);

        Assert.Equal(new object?[] { "C-2" }, findings["SEXOFF-004"].Evidence["contactIds"]);
        Assert.Equal(new object?[] { "OFF-0388" }, findings["SEXOFF-004"].Evidence["officerRefs"]);
        Assert.Equal(new object?[] { "VICTIM_RETRACTION" }, findings["CANCEL-002"].Evidence["aviTypes"]);
        Assert.Equal("STMT-3", findings["CANCEL-004"].Evidence["statementId"]);
        Assert.Equal("OFF-0091", findings["CANCEL-006"].Evidence["authorisedBy"]);
        Assert.Equal(new DateTimeOffset(2008, 11, 13, 23, 59, 59, TimeSpan.Zero), findings["CANCEL-008"].Evidence["deadline"]);
        Assert.Equal(new object?[] { "STMT-3" }, findings["RETRACT-001"].Evidence["statementIds"]);
    }

    [Fact]
    public void Example_record_severities_escalate_on_a_sexual_offence_in_a_serious_group()
    {
        var findings = BuiltIn.Engine.Evaluate(Example, AsOf).Findings.ToDictionary(f => f.RuleId, f => f.Severity);

        Assert.Equal(Severity.Critical, findings["CANCEL-002"]);
        Assert.Equal(Severity.Critical, findings["CANCEL-004"]);
        Assert.Equal(Severity.High, findings["CANCEL-005"]);
        Assert.Equal(Severity.Critical, findings["CANCEL-006"]);
        Assert.Equal(Severity.Low, findings["VICTIM-003"]);
    }

    [Fact]
    public void Clean_test_record_gives_no_finding()
    {
        var evaluation = BuiltIn.Engine.Evaluate(TestRecords.Clean, TestRecords.AsOf);

        Assert.Empty(evaluation.Errors);
        Assert.Empty(evaluation.Findings);
    }
}
