using Compliance.Rules.Engine;
using Compliance.Rules.Hosting.Contracts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Compliance.Rules.Hosting;

/// <summary>The service behind <see cref="IComplianceService"/>: one snapshot per call, contracts out, decisions logged.</summary>
internal sealed class ComplianceService(
    EngineSource source,
    ForwardingComplianceEngine engine,
    ComplianceTelemetry telemetry,
    IOptions<ComplianceRulesOptions> options,
    ILoggerFactory loggers) : IComplianceService
{
    private readonly ILogger _decisions = loggers.CreateLogger(ComplianceLog.DecisionCategory);
    private readonly ILogger _logger = loggers.CreateLogger("Compliance.Rules.Hosting");

    public RulePack Pack => source.Current.Engine.Pack;

    public RulePackIdentity RulePack => source.Current.Identity;

    public Severity BlockAt => options.Value.BlockAt;

    public Contracts.RecordEvaluation Evaluate(CrimeRecord record, DateTimeOffset asOf)
    {
        var snapshot = source.Current;
        var evaluation = engine.Evaluate(snapshot, record, asOf);
        return new Contracts.RecordEvaluation(
            snapshot.Identity,
            asOf,
            evaluation.CrimeRecordId,
            evaluation.UnitId,
            Convert(evaluation.Findings),
            evaluation.Errors.Select(e => new RuleError(e.RuleId, RuleError.RuleFailedCode, e.Message)).ToArray());
    }

    public RuleExplanation Explain(CrimeRecord record, DateTimeOffset asOf)
    {
        var snapshot = source.Current;
        var explanation = engine.Explain(snapshot, record, asOf);
        var timelines = new Dictionary<string, string>(StringComparer.Ordinal) { ["countingRules"] = explanation.Edition };
        var verdicts = explanation.Rules.ToDictionary(v => v.RuleId, StringComparer.Ordinal);

        // The engine lists enabled rules only; the pack's order with disabled rules marked reads as a checklist.
        var rules = new List<Contracts.RuleVerdict>(snapshot.Engine.Pack.Rules.Count);
        foreach (var rule in snapshot.Engine.Pack.Rules.Where(r => r.Scope == RuleScope.Record))
        {
            if (!verdicts.TryGetValue(rule.Id, out var verdict))
            {
                rules.Add(new Contracts.RuleVerdict(rule.Id, Contracts.RuleVerdict.Disabled, null, null, null, timelines));
                continue;
            }

            rules.Add(verdict.Status switch
            {
                RuleStatus.Fired => new Contracts.RuleVerdict(rule.Id, Contracts.RuleVerdict.Fired, verdict.Finding!.Severity, verdict.Finding.Evidence, null, timelines),
                RuleStatus.Passed => new Contracts.RuleVerdict(rule.Id, Contracts.RuleVerdict.Passed, null, null, null, timelines),
                RuleStatus.NotApplicable => new Contracts.RuleVerdict(rule.Id, Contracts.RuleVerdict.NotApplicable, null, null, null, timelines),
                _ => new Contracts.RuleVerdict(rule.Id, Contracts.RuleVerdict.Failed, null, null, verdict.Error, timelines),
            });
        }

        return new RuleExplanation(explanation.CrimeRecordId, asOf, snapshot.Identity, rules);
    }

    public Contracts.ProposalCheck CheckProposal(CrimeRecord? current, CrimeRecord proposed, DateTimeOffset asOf, Severity? blockAt = null)
    {
        var snapshot = source.Current;
        var threshold = blockAt ?? options.Value.BlockAt;
        var check = engine.CheckProposal(snapshot, current, proposed, asOf);
        var acceptable = check.IsAcceptable(threshold);
        var decisionId = Guid.NewGuid().ToString("N");
        telemetry.ProposalChecked(blocked: !acceptable);

        var introduced = string.Join(",", check.Introduced.Select(f => $"{f.RuleId}:{f.Severity}"));
        ComplianceLog.Decision(
            _decisions,
            decisionId,
            proposed.CrimeRecordId,
            acceptable ? "accepted" : "blocked",
            snapshot.Engine.Pack.Sha256,
            StrictTimestampConverter.Format(asOf),
            threshold.ToString(),
            introduced);
        if (!acceptable)
        {
            ComplianceLog.ProposalBlocked(_logger, decisionId, proposed.CrimeRecordId, threshold.ToString(), introduced);
        }

        return new Contracts.ProposalCheck(
            snapshot.Identity,
            asOf,
            proposed.CrimeRecordId,
            acceptable,
            threshold,
            Convert(check.Introduced),
            Convert(check.Resolved),
            decisionId);
    }

    private static Contracts.Finding[] Convert(IReadOnlyList<Engine.Finding> findings) =>
        findings.Select(Contracts.Finding.From).ToArray();
}
