using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Packs;

public sealed class RulePackLoaderTests
{
    [Fact]
    public void A_valid_pack_loads_with_its_metadata()
    {
        var pack = Load(Pack(
            Rule("T-001", "Record.Cancellation != null", severity: "Medium", evidence: "\"code\": \"Record.Cancellation.Code\"", message: "code {code}"),
            "\"limit\": { \"type\": \"int\", \"default\": 5, \"minimum\": 0, \"maximum\": 100, \"description\": \"a limit\" }"));

        Assert.Equal("test-pack", pack.Id);
        Assert.Equal("0.0.1", pack.Version);
        Assert.Equal(64, pack.Sha256.Length);
        var rule = Assert.Single(pack.Rules);
        Assert.Equal(("T-001", Severity.Medium, RuleScope.Record), (rule.Id, rule.Severity, rule.Scope));
        Assert.Equal(["code"], rule.EvidenceNames);
        var parameter = Assert.Single(pack.Parameters);
        Assert.Equal(("limit", 5), (parameter.Name, (int)parameter.Value!));
        Assert.Equal(["HOCR-2002", "HOCR-2015", "HOCR-2019"], pack.Timelines.CountingRules.Entries.Select(e => e.Id));
    }

    [Fact]
    public void Json_errors_name_the_line_and_path()
    {
        var json = Pack(Rule("T-001", "true")).Replace("\"severity\": \"High\"", "\"severity\": 3", StringComparison.Ordinal);
        var error = Assert.Single(Assert.Throws<RulePackException>(() => Load(json)).Errors);

        Assert.Equal("test-pack.json", error.Source);
        Assert.Contains("severity", error.Location, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void Unknown_properties_in_a_pack_are_errors()
    {
        var json = Pack(Rule("T-001", "true")).Replace("\"title\":", "\"colour\": \"red\", \"title\":", StringComparison.Ordinal);
        var error = Assert.Single(Assert.Throws<RulePackException>(() => Load(json)).Errors);
        Assert.Contains("colour", error.Location + error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Record.CrimeRecordId ==", "condition", "T-001")]
    [InlineData("Record.CrimeRecordIdd == \"x\"", "condition", "CrimeRecordIdd")]
    [InlineData("Record.Victims.Count", "condition", "")]
    [InlineData("Record.Victims.Count > unknownLimit", "condition", "unknownLimit")]
    [InlineData("Record.Victims.Count > \"two\"", "condition", "")]
    public void Every_expression_error_is_reported_at_load_with_the_rule_and_field(string condition, string field, string mentioned)
    {
        var errors = Assert.Throws<RulePackException>(() => Load(Pack(Rule("T-001", condition)))).Errors;
        var error = Assert.Single(errors);

        Assert.Contains("(T-001)", error.Location, StringComparison.Ordinal);
        Assert.EndsWith("." + field, error.Location, StringComparison.Ordinal);
        Assert.Contains(mentioned, error.Location + " " + error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_errors_carry_the_position()
    {
        var error = Assert.Single(Assert.Throws<RulePackException>(() => Load(Pack(Rule("T-001", "Record.Victims.Count > > 1")))).Errors);
        Assert.NotNull(error.Position);
        Assert.InRange(error.Position!.Value, 20, 25);
    }

    [Fact]
    public void All_problems_are_reported_together()
    {
        var json = Pack(
            Rule("T-001", "Record.Nope") + "," + Rule("T-001", "true", severity: "Severe") + "," + Rule("T-003", "true", message: "{missing}"),
            "\"bad\": { \"type\": \"colour\", \"default\": 1 }, \"wrong\": { \"type\": \"int\", \"default\": \"five\", \"minimum\": 0, \"maximum\": 9 }");
        var errors = Assert.Throws<RulePackException>(() => Load(json)).Errors;

        Assert.Contains(errors, e => e.Location.EndsWith("(T-001).condition", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location.EndsWith("(T-001).id", StringComparison.Ordinal) && e.Message.Contains("twice", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location.EndsWith("(T-001).severity", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location.EndsWith("(T-003).message", StringComparison.Ordinal) && e.Message.Contains("{missing}", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location == "$.parameters.bad.type");
        Assert.Contains(errors, e => e.Location == "$.parameters.wrong.default" && e.Message.Contains("whole number", StringComparison.Ordinal));
    }

    [Fact]
    public void Enum_parameters_are_read_with_contract_names()
    {
        var pack = Load(Pack(
            Rule("T-001", "Record.AdditionalVerifiableInformation.Any(a => weak.Contains(a.Type))"),
            "\"weak\": { \"type\": \"AviType[]\", \"default\": [\"VICTIM_RETRACTION\", \"OFFICER_OPINION\"] }"));

        Assert.Equal([Compliance.Rules.Records.AviType.VictimRetraction, Compliance.Rules.Records.AviType.OfficerOpinion], pack.Parameter<Compliance.Rules.Records.AviType[]>("weak"));
        var error = Assert.Single(Assert.Throws<RulePackException>(() => Load(Pack(Rule("T-001", "true"), "\"weak\": { \"type\": \"AviType[]\", \"default\": [\"GOSSIP\"] }"))).Errors);
        Assert.Contains("GOSSIP", error.Message, StringComparison.Ordinal);
        Assert.Contains("VICTIM_RETRACTION", error.Message, StringComparison.Ordinal);
    }
}
