using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;
using NRules.Fluent.Dsl;

namespace Compliance.Benchmarks.Subset.Fluent;

/// <summary>CANCEL-002: a C2 cancellation without qualifying AVI.</summary>
[Name("CANCEL-002")]
public sealed class Cancel002(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        When().Match(
            () => facts,
            f => f.Record.Cancellation != null && P.CountingRulesInForce(f, f.CancellationInstant),
            f => f.Record.Cancellation!.Code == CancellationCode.C2,
            f => !f.HasQualifyingAvi(f.Record.Cancellation!.AviRefs, f.Record.Cancellation.RequestedByOfficerRef));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "CANCEL-002", facts.IsSeriousGroup(facts.CurrentGroup) ? Severity.Critical : Severity.High)));
    }
}

/// <summary>CANCEL-003: retraction as the grounds of a cancellation.</summary>
[Name("CANCEL-003")]
public sealed class Cancel003(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        var retraction = P.RetractionAviTypes;
        When().Match(
            () => facts,
            f => f.Record.Cancellation != null && P.CountingRulesInForce(f, f.CancellationInstant),
            f => f.Record.Cancellation!.Code != CancellationCode.C1 && f.Record.Cancellation.Code != CancellationCode.C3,
            f => (f.ResolvedAvi(f.Record.Cancellation!.AviRefs).Count > 0
                    && f.ResolvedAvi(f.Record.Cancellation.AviRefs).All(a => f.IsInsufficientGrounds(a.Type))
                    && f.ResolvedAvi(f.Record.Cancellation.AviRefs).Any(a => retraction.Contains(a.Type)))
                || (f.ResolvedAvi(f.Record.Cancellation.AviRefs).Count == 0
                    && f.Record.Cancellation.RequestedAt != null
                    && f.Record.Statements.Any(s => f.IsRetractionStatement(s) && s.TakenAt < f.Record.Cancellation.RequestedAt)));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "CANCEL-003", Severity.Critical)));
    }
}

/// <summary>CANCEL-005: the authoriser is missing or lacks the authority the counting rules in force give for the group.</summary>
[Name("CANCEL-005")]
public sealed class Cancel005(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        When().Match(
            () => facts,
            f => f.Record.Cancellation != null && P.CountingRulesInForce(f, f.CancellationInstant),
            f => f.Record.Cancellation!.AuthorisedByOfficerRef == null
                || !f.HasCancellationAuthority(f.Record.Cancellation.AuthorisedByOfficerRef, f.Record.Cancellation.AuthorisedAt, f.IsSeriousGroup(f.CurrentGroup), f.CountingRulesAt(f.CancellationInstant)));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "CANCEL-005", Severity.High)));
    }
}

/// <summary>CANCEL-006: the authoriser is not independent.</summary>
[Name("CANCEL-006")]
public sealed class Cancel006(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        var independent = P.IndependentAuthorisationGroups;
        When().Match(
            () => facts,
            f => f.Record.Cancellation != null && P.CountingRulesInForce(f, f.CancellationInstant),
            f => f.Record.Cancellation!.AuthorisedByOfficerRef != null,
            f => f.Record.Cancellation!.AuthorisedByOfficerRef == f.Record.Cancellation.RequestedByOfficerRef
                || f.IsInvestigatingOfficer(f.Record.Cancellation.AuthorisedByOfficerRef, f.Record.Cancellation.RequestedByOfficerRef)
                || (f.CurrentGroup != null && independent.Contains(f.CurrentGroup) && f.Record.OwningUnit != null && f.OfficerUnit(f.Record.Cancellation.AuthorisedByOfficerRef) == f.Record.OwningUnit.UnitId));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "CANCEL-006", facts.IsSexualOffenceRecord ? Severity.Critical : Severity.High)));
    }
}
