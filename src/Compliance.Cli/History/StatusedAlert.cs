using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Cli.History;

/// <summary>An alert with its status against the previous run.</summary>
/// <param name="Alert">The alert (for a withdrawn one: as the previous run had it).</param>
/// <param name="Status">New, known or withdrawn.</param>
internal sealed record StatusedAlert(MonitorAlert Alert, AlertStatus Status)
{
    /// <summary>The status as reports write it.</summary>
    public string StatusName => Status switch
    {
        AlertStatus.New => "new",
        AlertStatus.Known => "known",
        _ => "withdrawn",
    };

    /// <summary>
    /// Statuses of this run's alerts against the previous run's: an alert is the same alert when its
    /// unit, metric and alarm instant are the same (its episode, onset and figures may have moved with
    /// late records, which the report shows). Listed in time order, then unit, metric, withdrawn last.
    /// </summary>
    public static IReadOnlyList<StatusedAlert> Compare(IReadOnlyList<MonitorAlert> current, IReadOnlyList<MonitorAlert> previous)
    {
        var before = previous.Select(Key).ToHashSet();
        var now = current.Select(Key).ToHashSet();
        return current.Select(a => new StatusedAlert(a, before.Contains(Key(a)) ? AlertStatus.Known : AlertStatus.New))
            .Concat(previous.Where(a => !now.Contains(Key(a))).Select(a => new StatusedAlert(a, AlertStatus.Withdrawn)))
            .OrderBy(s => s.Alert.AlarmAt)
            .ThenBy(s => s.Alert.UnitId, StringComparer.Ordinal)
            .ThenBy(s => s.Alert.Metric, StringComparer.Ordinal)
            .ThenBy(s => s.Status)
            .ToArray();
    }

    private static (string, string, long) Key(MonitorAlert alert) => (alert.UnitId, alert.Metric, alert.AlarmAt.UtcTicks);
}
