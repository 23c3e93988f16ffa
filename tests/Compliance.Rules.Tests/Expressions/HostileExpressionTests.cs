using Compliance.Rules.Packs;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Expressions;

/// <summary>
/// A rule pack is input from whoever can edit a file: it must not be able to reach anything but the
/// record. Each of these is refused when the pack loads, before anything is evaluated.
/// </summary>
public sealed class HostileExpressionTests
{
    public static TheoryData<string> Attacks => new()
    {
        // Object creation
        "new object() != null",
        "new DateTime(2020, 1, 1) != null",
        "Record.Officers.Select(o => new { o.OfficerRef }).Any()",
        // Reflection
        "typeof(string) != null",
        "Record.GetType() != null",
        "Record.GetType().Assembly != null",
        "Record.Officers.Any(o => o.GetType().Name == \"Officer\")",
        "Record.ToString() != null",
        "Record.CrimeRecordId.GetHashCode() > 0",
        // Static members, the clock, the environment
        "DateTime.Now > AsOf",
        "DateTimeOffset.Now > AsOf",
        "DateTimeOffset.UtcNow > AsOf",
        "Environment.TickCount > 0",
        "Math.Max(1, 2) > 0",
        "Convert.ToInt32(\"1\") > 0",
        "int.Parse(\"1\") > 0",
        "string.Join(\",\", Record.Officers) != null",
        "Guid.NewGuid() != null",
        // I/O, processes, threads
        "System.IO.File.Exists(\"/etc/passwd\")",
        "System.IO.File.ReadAllText(\"/etc/passwd\") != null",
        "System.Diagnostics.Process.Start(\"sh\") != null",
        "System.Threading.Thread.Sleep(1000) == null",
        "GC.GetTotalMemory(false) > 0",
        "AppDomain.CurrentDomain != null",
        "Activator.CreateInstance(null) != null",
        // Assignment and mutation of facts
        "(Record.CrimeRecordId = \"x\") != null",
        "Record.CrimeRecordId += \"x\"",
        // Methods outside the allowlist on reachable values
        "Record.CrimeRecordId.Normalize() != null",
        "Record.VictimContacts.ToList().Count > 0",
        "Record.VictimContacts.Aggregate(0, (a, c) => a + 1) > 0",
        "Record.Incident.ReportReceivedAt.AddDays(1) > AsOf",
        "Record.Incident.ReportReceivedAt.ToUnixTimeSeconds() > 0",
        // Cost: deep nesting and quantifier towers
        new string('(', 300) + "true" + new string(')', 300),
        "Record.Officers.Any(a => Record.Officers.Any(b => Record.Officers.Any(c => Record.Officers.Any(d => true))))",
        string.Join(" && ", Enumerable.Repeat("Record.Victims.Count >= 0", 300)),
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void A_hostile_expression_is_refused_at_load_with_a_clear_message(string expression)
    {
        var errors = Assert.Throws<RulePackException>(() => Load(Pack(Rule("EVIL-001", expression)))).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("$.rules[0] (EVIL-001).condition", error.Location);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corpus_covers_at_least_twenty_attacks() => Assert.True(Attacks.Count >= 20);

    [Fact]
    public void Refusing_an_assignment_leaves_the_fact_untouched()
    {
        var record = Record();
        Assert.Throws<RulePackException>(() => Load(Pack(Rule("EVIL-001", "(Record.CrimeRecordId = \"x\") != null"))));
        Assert.Equal("CR-1", record.CrimeRecordId);
    }

    [Theory]
    [InlineData("Record.Officers.Any(o => o.Accreditations.Any(a => a.ValidTo == null))")]
    [InlineData("Record.Cancellation != null && Record.Cancellation.Code == CancellationCode.C2")]
    [InlineData("Record.Incident.ReportReceivedAt < AsOf")]
    [InlineData("(AsOf - Record.Incident.ReportReceivedAt).TotalHours > 24")]
    [InlineData("Record.Statements.Where(s => s.Type == StatementType.Retraction).Select(s => s.TakenAt).DefaultIfEmpty(AsOf).Min() <= AsOf")]
    [InlineData("Record.RecordingDecision?.DecidedAt == null")]
    [InlineData("Record.CrimeRecordId.StartsWith(\"CR-\") && Record.CrimeRecordId.Length > 3")]
    public void Ordinary_rule_expressions_are_allowed(string expression) =>
        Assert.Single(Load(Pack(Rule("OK-001", expression))).Rules);
}
