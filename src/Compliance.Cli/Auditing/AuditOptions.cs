using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Cli.Auditing;

/// <summary>The report formats of <c>compliance audit --format</c>.</summary>
internal enum ReportFormat
{
    Text,
    Json,
    Csv,
    Html,
}

/// <summary>What <c>compliance audit</c> was asked to do, checked.</summary>
/// <param name="Paths">Input files as given (<c>-</c> for standard input).</param>
/// <param name="RulesPath">The pack or policy file; null for the built-in pack.</param>
/// <param name="AsOf">The as-of instant.</param>
/// <param name="Format">The report format.</param>
/// <param name="OutputPath">Where to write the report; null for standard output.</param>
/// <param name="FailOn">The lowest severity that makes the command exit 1; null never does.</param>
/// <param name="IncludeText">Whether free text from records may appear in the report.</param>
/// <param name="Period">The period of the monitoring series.</param>
/// <param name="BaselinePath">The previous JSON report to compare with (<c>--baseline</c>); null for none.</param>
internal sealed record AuditOptions(
    IReadOnlyList<string> Paths,
    string? RulesPath,
    DateTimeOffset AsOf,
    ReportFormat Format,
    string? OutputPath,
    Severity? FailOn,
    bool IncludeText,
    Rules.Auditing.Monitoring.MonitorPeriod Period = Rules.Auditing.Monitoring.MonitorPeriod.Month,
    string? BaselinePath = null)
{
    /// <summary>When rejected records make the audit exit 4 (<c>--max-rejected</c>).</summary>
    public RejectionLimit MaxRejected { get; init; } = RejectionLimit.Default;

    /// <summary>Whether any rule error makes the audit exit 4 (<c>--fail-on-rule-errors</c>).</summary>
    public bool FailOnRuleErrors { get; init; }

    /// <summary>Incident-log files as given (<c>--incidents</c>; <c>-</c> for standard input); empty for an audit of crime records alone.</summary>
    public IReadOnlyList<string> IncidentPaths { get; init; } = [];

    /// <summary>The days the record input should cover completely (<c>--records-cover</c>); null when not given.</summary>
    public Rules.Auditing.RecordsCover? RecordsCover { get; init; }

    /// <summary>Whether the audit judges incident logs too.</summary>
    public bool HasIncidents => IncidentPaths.Count > 0;
}
