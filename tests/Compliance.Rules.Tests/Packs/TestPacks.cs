using System.Text;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Packs;

/// <summary>Small packs and records written in the tests, independent of the built-in catalog.</summary>
internal static class TestPacks
{
    /// <summary>The offence groups of test packs (they take the built-in timelines: a pack without "timelines" does).</summary>
    public const string Editions = """
        "offenceGroups": { "RAPE": ["19"], "VIOLENCE": ["8", "4.*"] }
        """;

    /// <summary>A pack with the given rules (JSON array body) and parameters (JSON object body).</summary>
    public static string Pack(string rules, string parameters = "") => $$"""
        {
          "kind": "rulePack", "id": "test-pack", "version": "0.0.1",
          {{Editions}},
          "parameters": { {{parameters}} },
          "rules": [ {{rules}} ]
        }
        """;

    public static string Rule(string id, string condition, string? appliesWhen = null, string severity = "High", string evidence = "", string message = "fired", string escalations = "") => $$"""
        {
          "id": "{{id}}", "title": "{{id}} title", "severity": "{{severity}}", "citation": "test citation",
          "description": "test rule",
          {{(appliesWhen is null ? "" : $"\"appliesWhen\": {Quote(appliesWhen)},")}}
          "condition": {{Quote(condition)}},
          {{(escalations.Length == 0 ? "" : $"\"escalations\": [{escalations}],")}}
          "evidence": { {{evidence}} },
          "message": {{Quote(message)}}
        }
        """;

    public static RulePack Load(string json) => RulePack.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test-pack.json");

    public static RulePolicy Policy(string json) => RulePolicy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test-policy.json");

    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    public static CrimeRecord Record(string id = "CR-1", string unit = "UNIT-A") => new()
    {
        SchemaVersion = "1.0",
        CrimeRecordId = id,
        OwningUnit = new OwningUnit { UnitId = unit },
        Incident = new Incident { ReportReceivedAt = new DateTimeOffset(2008, 11, 4, 22, 41, 0, TimeSpan.Zero), AllegationType = AllegationType.Rape },
    };
}
