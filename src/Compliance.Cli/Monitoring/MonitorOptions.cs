using Compliance.Cli.Auditing;
using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Cli.Monitoring;

/// <summary>What <c>compliance monitor</c> was asked to do, checked.</summary>
/// <param name="Paths">Input files as given (<c>-</c> for standard input).</param>
/// <param name="HistoryPath">The history store (<c>--history</c>).</param>
/// <param name="RulesPath">The pack or policy file; null for the built-in pack.</param>
/// <param name="AsOf">The as-of instant: events after it are ignored.</param>
/// <param name="Format">text, json or html.</param>
/// <param name="OutputPath">Where to write the report; null for standard output.</param>
/// <param name="Period">The period of the series.</param>
/// <param name="Rebuild">Whether every stored record is evaluated again with this run's pack.</param>
/// <param name="AlertWindowDays">An alert whose alarm is at most this many days before the as-of instant makes the run exit 1.</param>
internal sealed record MonitorOptions(
    IReadOnlyList<string> Paths,
    string HistoryPath,
    string? RulesPath,
    DateTimeOffset AsOf,
    ReportFormat Format,
    string? OutputPath,
    MonitorPeriod Period,
    bool Rebuild,
    int AlertWindowDays)
{
    /// <summary>The default of <c>--alert-window</c>: a monthly run pages for the month just past (and a day over).</summary>
    public const int DefaultAlertWindowDays = 31;

    /// <summary>When rejected records make the run exit 4 (<c>--max-rejected</c>).</summary>
    public RejectionLimit MaxRejected { get; init; } = RejectionLimit.Default;

    /// <summary>Incident-log files as given (<c>--incidents</c>); empty when the run adds none.</summary>
    public IReadOnlyList<string> IncidentPaths { get; init; } = [];

    /// <summary>Whether the run adds incident logs.</summary>
    public bool HasIncidents => IncidentPaths.Count > 0;

    /// <summary>Whether any rule error makes the run exit 4 (<c>--fail-on-rule-errors</c>).</summary>
    public bool FailOnRuleErrors { get; init; }

    /// <summary>Whether an alert raised at <paramref name="alarmAt"/> is recent: at most the window before the as-of instant.</summary>
    public bool IsRecent(DateTimeOffset alarmAt) => alarmAt <= AsOf && AsOf - alarmAt <= TimeSpan.FromDays(AlertWindowDays);
}
