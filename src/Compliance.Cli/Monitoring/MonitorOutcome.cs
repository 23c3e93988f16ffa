using Compliance.Cli.History;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Packs;

namespace Compliance.Cli.Monitoring;

/// <summary>Everything a <c>monitor</c> report shows.</summary>
/// <param name="Options">The run's options.</param>
/// <param name="Pack">The effective pack.</param>
/// <param name="Inputs">The inputs' names as given.</param>
/// <param name="Run">What the run did to the store.</param>
/// <param name="History">What the store holds after the run.</param>
/// <param name="Monitoring">Series, alerts and detectors over every stored record.</param>
/// <param name="Alerts">The alerts with their status against the previous run (withdrawn ones included).</param>
/// <param name="PreviousRunId">The run the statuses compare with; null for the first run.</param>
/// <param name="PackChangedFrom">The pack the store had before a rebuild changed it; null otherwise.</param>
/// <param name="Totals">Counts of the run.</param>
internal sealed record MonitorOutcome(
    MonitorOptions Options,
    RulePack Pack,
    IReadOnlyList<string> Inputs,
    HistoryRun Run,
    HistorySummary History,
    MonitorResult Monitoring,
    IReadOnlyList<StatusedAlert> Alerts,
    long? PreviousRunId,
    StoredPack? PackChangedFrom,
    MonitorTotals Totals)
{
    /// <summary>Whether the store's history includes incident logs (this run's, or an earlier run's): reports then show the incident counts.</summary>
    public bool IncludesIncidents { get; init; }

    /// <summary>Alerts that make the run exit 1: new ones, and current ones within the alert window.</summary>
    public IEnumerable<StatusedAlert> Paging => Alerts.Where(a => a.Status == AlertStatus.New || (a.Status == AlertStatus.Known && Options.IsRecent(a.Alert.AlarmAt)));
}
