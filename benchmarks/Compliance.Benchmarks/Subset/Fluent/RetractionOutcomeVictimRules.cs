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
        var sanctions = P.SanctionOutcomes;
        When().Match(
            () => facts,
            f => f.Record.Outcomes.Any(o => sanctions.Contains(o.OutcomeType)),
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
        var vrr = P.VrrOutcomes;
        When().Match(
            () => facts,
            f => f.Record.Suspects.Any(p => p.InterviewedUnderCautionAt != null) && f.Record.Outcomes.Any(o => vrr.Contains(o.OutcomeType)),
            f => !f.Record.Notifications.Any(n => n.Type == NotificationType.VrrInformation && n.SentAt != null));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "VICTIM-002", Severity.Medium)));
    }
}
