using System.Diagnostics;
using System.Diagnostics.Metrics;
using Compliance.Rules.Engine;

namespace Compliance.Rules.Hosting;

/// <summary>
/// The meter and activity source of the rules. Instruments carry rule ids, severities and outcomes
/// as tags, never anything from a record: tag values are a closed vocabulary, so the number of time
/// series stays bounded by the number of rules.
/// </summary>
internal sealed class ComplianceTelemetry : IDisposable
{
    public static readonly ActivitySource Source = new(ComplianceRulesTelemetry.Name);

    private readonly Meter _meter;
    private readonly Counter<long> _evaluations;
    private readonly Counter<long> _findings;
    private readonly Counter<long> _ruleErrors;
    private readonly Counter<long> _proposalsChecked;
    private readonly Counter<long> _proposalsBlocked;
    private readonly Counter<long> _reloads;
    private readonly Histogram<double> _duration;

    public ComplianceTelemetry(IMeterFactory? meters = null)
    {
        // The host's meter factory when there is one (tests and hosts see only their own instruments).
        _meter = meters?.Create(ComplianceRulesTelemetry.Name) ?? new Meter(ComplianceRulesTelemetry.Name);
        _evaluations = _meter.CreateCounter<long>("compliance.evaluations", "{record}", "Records evaluated.");
        _findings = _meter.CreateCounter<long>("compliance.findings", "{finding}", "Findings, by rule and severity.");
        _ruleErrors = _meter.CreateCounter<long>("compliance.rule_errors", "{error}", "Rules that could not be evaluated on a record, by rule.");
        _proposalsChecked = _meter.CreateCounter<long>("compliance.proposals.checked", "{proposal}", "Proposed changes checked.");
        _proposalsBlocked = _meter.CreateCounter<long>("compliance.proposals.blocked", "{proposal}", "Proposed changes found unacceptable.");
        _reloads = _meter.CreateCounter<long>("compliance.pack.reloads", "{reload}", "Pack or policy reloads, by outcome.");
        _duration = _meter.CreateHistogram<double>("compliance.evaluation.duration", "s", "Time to evaluate one record (or one proposal: both records).");
    }

    public void Evaluated(RecordEvaluation evaluation, double seconds, string operation)
    {
        _evaluations.Add(1, new KeyValuePair<string, object?>("operation", operation));
        _duration.Record(seconds, new KeyValuePair<string, object?>("operation", operation));
        foreach (var finding in evaluation.Findings)
        {
            _findings.Add(1, new("rule", finding.RuleId), new("severity", finding.Severity.ToString()));
        }

        foreach (var error in evaluation.Errors)
        {
            _ruleErrors.Add(1, new KeyValuePair<string, object?>("rule", error.RuleId));
        }
    }

    public void ProposalChecked(bool blocked)
    {
        _proposalsChecked.Add(1);
        if (blocked)
        {
            _proposalsBlocked.Add(1);
        }
    }

    public void Reloaded() => _reloads.Add(1, new KeyValuePair<string, object?>("outcome", "success"));

    public void ReloadFailed() => _reloads.Add(1, new KeyValuePair<string, object?>("outcome", "failure"));

    public void Dispose() => _meter.Dispose();
}
