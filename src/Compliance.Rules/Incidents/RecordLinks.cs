using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents;

/// <summary>Reduces an evaluated crime record to the <see cref="RecordLink"/> the incident rules read.</summary>
internal static class RecordLinks
{
    /// <summary>The link facts of a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="evaluation">Its evaluation (for SEXOFF-002).</param>
    /// <param name="parameters">The incident parameters (allegation groups).</param>
    /// <param name="groups">The pack's offence groups.</param>
    public static RecordLink Of(CrimeRecord record, RecordEvaluation evaluation, IncidentParameters parameters, OffenceGroupTable groups)
    {
        var decision = record.RecordingDecision;
        var history = record.ClassificationHistory
            .OrderBy(entry => entry.Seq)
            .Take(RecordLink.MaxHistoryGroups)
            .Select(entry => new GroupAt(groups.GroupOf(entry.HomeOfficeCode) ?? OffenceGroupTable.Other, entry.EffectiveAt))
            .ToArray();
        var victims = record.Victims.Select(victim => RecordLink.HashOf(victim.PersonRef)).ToArray();
        var soundN100 = decision?.Outcome == RecordingOutcome.N100 && evaluation.Findings.All(finding => finding.RuleId != "SEXOFF-002");
        return new RecordLink(
            record.CrimeRecordId,
            Rejected: false,
            decision?.Outcome,
            decision?.DecidedAt,
            record.Incident.AllegationType is { } type ? parameters.GroupOf(type) : null,
            history,
            victims,
            soundN100);
    }
}
