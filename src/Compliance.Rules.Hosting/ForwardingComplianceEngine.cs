using System.Diagnostics;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using Microsoft.Extensions.Logging;

namespace Compliance.Rules.Hosting;

/// <summary>
/// The <see cref="IComplianceEngine"/> a host resolves: each call takes one snapshot of the current
/// engine (so a reload never splits a call between two packs), runs it inside an activity and
/// records its metrics and rule errors.
/// </summary>
internal sealed class ForwardingComplianceEngine(EngineSource source, ComplianceTelemetry telemetry, ILoggerFactory loggers) : IComplianceEngine
{
    private readonly ILogger _logger = loggers.CreateLogger("Compliance.Rules.Hosting");

    public RulePack Pack => source.Current.Engine.Pack;

    public RecordEvaluation Evaluate(CrimeRecord record, DateTimeOffset asOf) => Evaluate(source.Current, record, asOf);

    public IEnumerable<RecordEvaluation> EvaluateMany(IEnumerable<CrimeRecord> records, DateTimeOffset asOf, int batchSize = 512)
    {
        var snapshot = source.Current;
        return Iterate();

        IEnumerable<RecordEvaluation> Iterate()
        {
            foreach (var evaluation in snapshot.Engine.EvaluateMany(records, asOf, batchSize))
            {
                Observe(evaluation, 0, "evaluate-many");
                yield return evaluation;
            }
        }
    }

    public RecordExplanation Explain(CrimeRecord record, DateTimeOffset asOf) => Explain(source.Current, record, asOf);

    public ProposalCheck CheckProposal(CrimeRecord? current, CrimeRecord proposed, DateTimeOffset asOf) =>
        CheckProposal(source.Current, current, proposed, asOf);

    /// <summary>Evaluates with a given snapshot (the service takes one per call and reports its pack).</summary>
    internal RecordEvaluation Evaluate(EngineSnapshot snapshot, CrimeRecord record, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var activity = Start("compliance.evaluate", snapshot, record);
        var started = Stopwatch.GetTimestamp();
        var evaluation = snapshot.Engine.Evaluate(record, asOf);
        Observe(evaluation, Stopwatch.GetElapsedTime(started).TotalSeconds, "evaluate");
        activity?.SetTag("compliance.findings", evaluation.Findings.Count);
        return evaluation;
    }

    internal RecordExplanation Explain(EngineSnapshot snapshot, CrimeRecord record, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var activity = Start("compliance.explain", snapshot, record);
        return snapshot.Engine.Explain(record, asOf);
    }

    internal ProposalCheck CheckProposal(EngineSnapshot snapshot, CrimeRecord? current, CrimeRecord proposed, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        using var activity = Start("compliance.check_proposal", snapshot, proposed);
        var started = Stopwatch.GetTimestamp();
        var check = snapshot.Engine.CheckProposal(current, proposed, asOf);
        Observe(check.Proposed, Stopwatch.GetElapsedTime(started).TotalSeconds, "check-proposal");
        activity?.SetTag("compliance.introduced", check.Introduced.Count);
        activity?.SetTag("compliance.resolved", check.Resolved.Count);
        return check;
    }

    private static Activity? Start(string name, EngineSnapshot snapshot, CrimeRecord record)
    {
        var activity = ComplianceTelemetry.Source.StartActivity(name);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("compliance.pack.id", snapshot.Engine.Pack.Id);
            activity.SetTag("compliance.pack.sha256", snapshot.Engine.Pack.Sha256);
            activity.SetTag("compliance.record.id", record.CrimeRecordId);
        }

        return activity;
    }

    private void Observe(RecordEvaluation evaluation, double seconds, string operation)
    {
        telemetry.Evaluated(evaluation, seconds, operation);
        foreach (var error in evaluation.Errors)
        {
            ComplianceLog.RuleError(_logger, error.RuleId, evaluation.CrimeRecordId);
        }
    }
}
