using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Benchmarks.Subset;
using Compliance.Rules.Packs;

namespace Compliance.Benchmarks.Data;

/// <summary>
/// Packs derived from the built-in pack's own text: the subset (as written, or with its evidence
/// removed so that only conditions remain) and the record rules repeated with renamed ids.
/// Deriving them keeps every variant in step with builtin.json.
/// </summary>
public static class BenchmarkPacks
{
    private const string BuiltInResource = "Compliance.Rules.Packs.BuiltIn.builtin.json";

    /// <summary>The built-in pack's JSON as shipped in the library.</summary>
    public static byte[] BuiltInBytes { get; } = ReadBuiltIn();

    /// <summary>The built-in pack, loaded afresh (not the library's cached instance).</summary>
    /// <returns>The pack.</returns>
    public static RulePack LoadBuiltIn() => RulePack.Load(new MemoryStream(BuiltInBytes), "builtin.json");

    /// <summary>The built-in pack with only the subset's rules.</summary>
    /// <param name="withEvidence">
    /// False drops each rule's evidence and escalation-free message placeholders, so that a firing
    /// rule builds only its id, severity and citation: the like-for-like twin of the Fluent DSL
    /// rules, which build nothing more.
    /// </param>
    /// <returns>The pack.</returns>
    public static RulePack Subset(bool withEvidence = true)
    {
        var pack = Parse();
        var rules = pack["rules"]!.AsArray();
        var keep = rules.Where(r => SubsetRules.Ids.Contains((string)r!["id"]!)).Select(r => r!.DeepClone()).ToArray();
        if (!withEvidence)
        {
            foreach (var rule in keep)
            {
                rule!["evidence"] = new JsonObject();
                rule["message"] = "fired";
            }
        }

        rules.Clear();
        foreach (var rule in keep)
        {
            rules.Add(rule);
        }

        return Load(pack, withEvidence ? "subset.json" : "subset-conditions-only.json");
    }

    /// <summary>The built-in pack with its record rules repeated <paramref name="copies"/> times under renamed ids (<c>NCRS-001~2</c> …).</summary>
    /// <param name="copies">How many copies of each record rule (1 = the pack itself).</param>
    /// <returns>The pack.</returns>
    public static RulePack Replicated(int copies)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        var pack = Parse();
        var rules = pack["rules"]!.AsArray();
        var records = rules.Where(r => (string?)r!["scope"] is null or "record").ToArray();
        for (var copy = 2; copy <= copies; copy++)
        {
            foreach (var rule in records)
            {
                var clone = rule!.DeepClone();
                clone["id"] = $"{(string)rule["id"]!}~{copy}";
                rules.Add(clone);
            }
        }

        return Load(pack, $"builtin-x{copies}.json");
    }

    private static JsonObject Parse() => JsonNode.Parse(BuiltInBytes)!.AsObject();

    private static RulePack Load(JsonObject pack, string name) =>
        RulePack.Load(new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(pack)), name);

    private static byte[] ReadBuiltIn()
    {
        using var stream = typeof(RulePack).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"the library has no resource {BuiltInResource}");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
