using Compliance.Rules.Engine;

namespace Compliance.Rules.Auditing;

/// <summary>
/// Puts AUDIT-007, judged per incident unit, beside the record audits of the same unit id: one
/// result per unit, whichever input named it. A unit of the records that no incident names keeps
/// AUDIT-007 not assessed, now because it has no incidents rather than because there was no
/// incident input; a unit that only incidents name has the incident figures alone.
/// </summary>
internal static class IncidentUnitResults
{
    /// <summary>Why AUDIT-007 is not assessed for a unit that no incident of the input names.</summary>
    public const string NoIncidentsOfUnit = "no incidents of this unit in the incidents input";

    private const string RuleId = "AUDIT-007";

    /// <summary>The merged results, ordered by unit id; the record results as they are when there was no incident input.</summary>
    /// <param name="records">The record units' results (AUDIT-001…006, and AUDIT-007 not assessed).</param>
    /// <param name="incidents">The incident units' AUDIT-007 results, or null without incidents.</param>
    public static IReadOnlyList<UnitAuditResult> Merge(IReadOnlyList<UnitAuditResult> records, IReadOnlyList<UnitAuditResult>? incidents)
    {
        if (incidents is null)
        {
            return records;
        }

        var byId = incidents.ToDictionary(u => u.UnitId, StringComparer.Ordinal);
        var merged = new List<UnitAuditResult>(records.Count + incidents.Count);
        foreach (var unit in records)
        {
            var notAssessed = unit.NotAssessed.Where(n => n.RuleId != RuleId).ToList();
            if (!byId.Remove(unit.UnitId, out var incident))
            {
                // Only where the pack judges AUDIT-007 at all (the record audits said so).
                if (notAssessed.Count < unit.NotAssessed.Count)
                {
                    notAssessed.Add(new NotAssessed(RuleId, NoIncidentsOfUnit));
                }

                merged.Add(unit with { NotAssessed = notAssessed });
                continue;
            }

            var metrics = unit.Metrics.Concat(incident.Metrics).ToArray();
            merged.Add(new UnitAuditResult(
                unit.UnitId,
                new OrderedEvidence([.. metrics.Select(m => m.Key)], [.. metrics.Select(m => m.Value)]),
                [.. unit.Findings, .. incident.Findings],
                [.. notAssessed, .. incident.NotAssessed]));
        }

        merged.AddRange(byId.Values);
        return [.. merged.OrderBy(u => u.UnitId, StringComparer.Ordinal)];
    }
}
