using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Cli.Explaining;

/// <summary>An incident's explanation for a person: each incident rule's verdict, then its links to crime records.</summary>
internal static class IncidentExplanationText
{
    public static void Write(TextWriter output, IncidentExplanation explanation, RulePack pack, DateTimeOffset asOf)
    {
        var evaluation = explanation.Evaluation;
        output.WriteLine($"Incident {evaluation.IncidentId} (unit {UnitIds.Of(evaluation.UnitId)}; {explanation.Incident.Source}:{explanation.Incident.Line}) as of {StrictTimestampConverter.Format(asOf)}, rule pack {pack.Id} {pack.Version}");
        foreach (var state in evaluation.Rules)
        {
            var title = pack.FindRule(state.RuleId)?.Title ?? state.RuleId;
            output.WriteLine($"  {state.RuleId,-13} {StatusNames.Text(state.Status),-15} {title}");
            if (evaluation.Findings.FirstOrDefault(f => f.RuleId == state.RuleId) is { } finding)
            {
                output.WriteLine($"                {finding.Severity}: {finding.Message}");
            }

            if (evaluation.Errors.FirstOrDefault(e => e.RuleId == state.RuleId) is { } error)
            {
                output.WriteLine($"                error: {error.Message}");
            }
        }

        output.WriteLine(explanation.Links.Count == 0 ? "  Links: none (no record listed by the incident or naming it)" : "  Links:");
        foreach (var link in explanation.Links)
        {
            var sides = (link.ListedByIncident, link.NamedByRecord) switch
            {
                (true, true) => "both ways",
                (true, false) => "listed by the incident only",
                _ => "named by the record only",
            };
            var where = (link.InInput, link.Rejected) switch
            {
                (true, true) => $"rejected at {link.Source}:{link.Line}",
                (true, false) => $"{link.Source}:{link.Line}",
                _ => "not in the record input",
            };
            output.WriteLine($"    {link.CrimeRecordId}: {sides}; {where}");
        }
    }
}
