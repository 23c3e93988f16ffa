namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>The period of a series point.</summary>
public enum MonitorPeriod
{
    /// <summary>Calendar months of Europe/London, labelled <c>yyyy-MM</c>.</summary>
    Month,

    /// <summary>ISO weeks (Monday start) of Europe/London, labelled by ISO week-year: <c>2009-W01</c>.</summary>
    Week,
}
