using System.Text;
using System.Text.Json;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Packs;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Synthetic.Tests;

/// <summary>
/// A force's own incident codes are not in the pack's crime-indicative table, so before the Met took
/// NSIR (July 2010) a true sexual offence whose log says only "concern" or "suspicious" is invisible
/// to the incident rules. A policy that adds the force's codes (<c>forceCrimeIndicativeCodes</c>)
/// makes the rules see it: measured on generated logs with their truth, through a policy document
/// loaded as a user would write it.
/// </summary>
public sealed class ForceCodePolicyTests
{
    private const string Policy = """
        {
          "kind": "policy",
          "extends": "compliance-builtin",
          "parameters": { "forceCrimeIndicativeCodes": ["FORCE:MPS/CONCERN", "FORCE:MPS/SUSPICIOUS", "FORCE:MPS/DOMESTIC", "FORCE:MPS/ASB"] }
        }
        """;

    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Unrecorded_sexual_offences_hidden_behind_the_forces_own_codes_are_seen_only_with_a_policy_that_adds_them()
    {
        var options = new GeneratorOptions { Records = 4_000, Seed = 1_717, UnderRecordingUnit = "LW-SAPPHIRE" };
        using var records = new MemoryStream();
        using var truth = new MemoryStream();
        using var incidents = new MemoryStream();
        SyntheticRecords.WriteJsonLines(options, records, truth, incidents);

        var builtIn = RulePack.LoadBuiltIn();
        var withCodes = builtIn.WithPolicy(RulePolicy.Load(new MemoryStream(Encoding.UTF8.GetBytes(Policy)), "force-codes.json"));
        var without = Flagged(ComplianceEngine.Create(builtIn), records, incidents);
        var with = Flagged(ComplianceEngine.Create(withCodes), records, incidents);

        // The truly unrecorded sexual offences whose logs say nothing but a code of the force.
        using var document = JsonDocument.Parse(truth.ToArray());
        var unrecordedSexual = document.RootElement.GetProperty("incidents").GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("offences").EnumerateArray().Any(o => o.GetProperty("fate").GetString() == "UNRECORDED"
                && o.GetProperty("allegationType").GetString() is "RAPE" or "ATTEMPTED_RAPE" or "SEXUAL_ASSAULT" or "OTHER_SEXUAL"))
            .Select(e => e.GetProperty("incidentId").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        var hidden = with.Logs.Where(l => unrecordedSexual.Contains(l.IncidentId) && l.Qualifiers.Count == 0 && l.Disclosures.Count == 0).ToList();

        Assert.True(hidden.Count >= 10, $"only {hidden.Count} hidden unrecorded sexual offences");
        Assert.All(hidden, l => Assert.Equal("FORCE:MPS", l.CodeScheme));
        Assert.DoesNotContain(hidden, l => without.Unanswered.Contains(l.IncidentId));
        var seen = hidden.Count(l => with.Unanswered.Contains(l.IncidentId));
        Assert.True(seen >= hidden.Count / 2, $"the policy made the rules see {seen} of {hidden.Count}");

        // The policy adds to what the rules see; it takes nothing away.
        Assert.Subset(with.Unanswered, without.Unanswered);
        Assert.True(with.CrimeIndicative > without.CrimeIndicative);
    }

    private static Outcome Flagged(IComplianceEngine engine, MemoryStream recordBytes, MemoryStream incidentBytes)
    {
        var records = Encoding.UTF8.GetString(recordBytes.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(RecordJson.Parse).ToList();
        using var audit = new IncidentAudit(engine, AsOf);
        foreach (var (record, evaluation) in records.Zip(engine.EvaluateMany(records, AsOf)))
        {
            audit.AddRecord(record, evaluation);
        }

        var logs = new List<IncidentLog>();
        var unanswered = new HashSet<string>(StringComparer.Ordinal);
        var indicative = 0;
        using var input = new MemoryStream(incidentBytes.ToArray());
        audit.Run(new IncidentReader().Read(input, "incidents.jsonl", RecordInputFormat.JsonLines), (parsed, evaluation) =>
        {
            logs.Add(parsed.Incident);
            indicative += evaluation.IsCrimeIndicative ? 1 : 0;
            if (evaluation.IsUnanswered)
            {
                unanswered.Add(evaluation.IncidentId);
            }
        });
        return new Outcome(logs, unanswered, indicative);
    }

    private sealed record Outcome(IReadOnlyList<IncidentLog> Logs, HashSet<string> Unanswered, int CrimeIndicative);
}
