using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;
using NRules.Fluent.Dsl;

namespace Compliance.Benchmarks.Subset.Fluent;

/// <summary>RETRACT-001: a retraction initiated by the police or after a retraction request.</summary>
[Name("RETRACT-001")]
public sealed class Retract001(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        When().Match(
            () => facts,
            f => f.Record.Statements.Any(s => f.IsRetractionStatement(s)),
            f => f.Record.Statements.Any(s => f.IsRetractionStatement(s)
                && (s.InitiatedBy == StatementInitiator.Police
                    || f.Record.VictimContacts.Any(c => c.PurposeCode == ContactPurpose.RetractionRequest && c.At <= s.TakenAt))));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "RETRACT-001", Severity.Critical)));
    }
}

/// <summary>RETRACT-003: a retraction statement without its content flags.</summary>
[Name("RETRACT-003")]
public sealed class Retract003(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        When().Match(
            () => facts,
            f => f.Record.Statements.Any(s => f.IsRetractionStatement(s)),
            f => f.Record.Statements.Any(s => f.IsRetractionStatement(s)
                && (s.ContentFlags == null
                    || s.ContentFlags.ReasonsGiven.Count == 0
                    || s.ContentFlags.PressureOrIntimidationExplored != true
                    || s.ContentFlags.AssertsEventDidNotHappen == null)));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "RETRACT-003", Severity.Medium)));
    }
}

/// <summary>OUTCOME-003: a sanction outcome with no identified suspect.</summary>
[Name("OUTCOME-003")]
public sealed class Outcome003(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        When().Match(
            () => facts,
            f => f.Record.Outcomes.Any(o => f.OutcomesAt(o.AssignedAt) != null && f.OutcomesAt(o.AssignedAt)!.SanctionTypes.Contains(o.OutcomeType)),
            f => !f.Record.Suspects.Any(p => p.Identified));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "OUTCOME-003", Severity.Medium)));
    }
}

/// <summary>VICTIM-002: no VRR information after a decision not to proceed.</summary>
[Name("VICTIM-002")]
public sealed class Victim002(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        When().Match(
            () => facts,
            f => f.Record.Outcomes.Count == 0 || f.Record.Outcomes.Any(o => f.RightToReviewAt(o.AssignedAt) != null && f.RightToReviewAt(o.AssignedAt)!.Available),
            f => f.Record.Suspects.Any(p => p.InterviewedUnderCautionAt != null)
                && f.Record.Outcomes.Any(o => f.RightToReviewAt(o.AssignedAt) != null
                    && f.RightToReviewAt(o.AssignedAt)!.Available
                    && f.RightToReviewAt(o.AssignedAt)!.Outcomes.Contains(o.OutcomeType)
                    && o.CpsDecisionRef == null),
            f => !f.Record.Notifications.Any(n => n.Type == NotificationType.VrrInformation && n.SentAt != null));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "VICTIM-002", Severity.Medium)));
    }
}
