using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;
using NRules.Fluent.Dsl;

namespace Compliance.Benchmarks.Subset.Fluent;

/// <summary>SEXOFF-004: detailed questioning by a non-specialist before the first specialist contact.</summary>
[Name("SEXOFF-004")]
public sealed class Sexoff004(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        When().Match(
            () => facts,
            f => f.IsSexualOffenceRecord && f.Record.VictimContacts.Count > 0,
            f => f.Record.VictimContacts.Any(c => c.QuestioningDepth == QuestioningDepth.Detailed
                && !f.IsSpecialistAt(c.OfficerRef, c.At)
                && (f.FirstSpecialistContactAt == null || c.At < f.FirstSpecialistContactAt)));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "SEXOFF-004", Severity.Critical)));
    }
}

/// <summary>SEXOFF-005: a credibility test (or a classification check that was no specialist's or came too late) before the recording decision.</summary>
[Name("SEXOFF-005")]
public sealed class Sexoff005(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        When().Match(
            () => facts,
            f => P.CountingRulesInForce(f, f.Record.Incident.ReportReceivedAt),
            f => f.IsSexualOffenceRecord && f.Record.VictimContacts.Count > 0,
            f => f.Record.VictimContacts.Any(c =>
                ((f.Record.RecordingDecision != null && f.Record.RecordingDecision.DecidedAt != null && c.At < f.Record.RecordingDecision.DecidedAt)
                    || ((f.Record.RecordingDecision == null || f.Record.RecordingDecision.DecidedAt == null)
                        && f.Record.Incident.ReportReceivedAt + f.Hours(f.CountingRulesAt(f.Record.Incident.ReportReceivedAt)!.RecordingLimitHours) < f.AsOf))
                && (c.PurposeCode == ContactPurpose.CredibilityAssessment
                    || (c.PurposeCode == ContactPurpose.ClassificationCheck
                        && (!f.IsSpecialistAt(c.OfficerRef, c.At)
                            || f.Record.RecordingDecision == null
                            || f.Record.RecordingDecision.DecidedAt == null
                            || f.Record.RecordingDecision.DecidedAt.Value - f.Record.Incident.ReportReceivedAt > f.Hours(f.CountingRulesAt(f.Record.Incident.ReportReceivedAt)!.RecordingLimitHours))))));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "SEXOFF-005", Severity.High)));
    }
}
