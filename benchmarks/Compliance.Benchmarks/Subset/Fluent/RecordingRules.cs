using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;
using NRules.Fluent.Dsl;

namespace Compliance.Benchmarks.Subset.Fluent;

/// <summary>NCRS-001: recording decision later than the edition's limit (or none after it).</summary>
[Name("NCRS-001")]
public sealed class Ncrs001(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        When().Match(
            () => facts,
            f => P.CountingRulesInForce(f, f.Record.Incident.ReportReceivedAt),
            f => f.Record.RecordingDecision != null || f.Record.Incident.AllegationType != null,
            f => f.Record.RecordingDecision != null && f.Record.RecordingDecision.DecidedAt != null
                ? f.Record.RecordingDecision.DecidedAt.Value - f.Record.Incident.ReportReceivedAt > f.Hours(f.CountingRulesAt(f.Record.Incident.ReportReceivedAt)!.RecordingLimitHours)
                : f.Record.Incident.ReportReceivedAt + f.Hours(f.CountingRulesAt(f.Record.Incident.ReportReceivedAt)!.RecordingLimitHours) < f.AsOf);
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "NCRS-001", facts.IsSexualOffenceRecord ? Severity.Critical : Severity.High)));
    }
}

/// <summary>NCRS-003: not recorded for a prohibited reason (believe first).</summary>
[Name("NCRS-003")]
public sealed class Ncrs003(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        var notRecorded = P.NcrsNotRecordedOutcomes;
        var prohibited = P.ProhibitedReasons;
        When().Match(
            () => facts,
            f => P.CountingRulesInForce(f, f.Record.Incident.ReportReceivedAt),
            f => f.Record.RecordingDecision != null && f.Record.RecordingDecision.Outcome != null
                && notRecorded.Contains(f.Record.RecordingDecision.Outcome.Value),
            f => f.Record.RecordingDecision!.ReasonCodes.Any(r => prohibited.Contains(r)));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "NCRS-003", facts.IsSexualOffenceRecord ? Severity.Critical : Severity.High)));
    }
}
