using System.Globalization;
using Compliance.Rules.Calendar;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>Labels of the period an instant falls in, by the Europe/London calendar.</summary>
public static class PeriodLabels
{
    /// <summary>The label of the period holding an instant.</summary>
    /// <param name="at">The instant.</param>
    /// <param name="period">Month or ISO week.</param>
    /// <returns><c>2008-11</c> or <c>2009-W01</c>.</returns>
    public static string Of(DateTimeOffset at, MonitorPeriod period)
    {
        var date = WorkingDayCalendar.LondonDate(at).ToDateTime(TimeOnly.MinValue);
        return period == MonitorPeriod.Month
            ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date):D4}-W{ISOWeek.GetWeekOfYear(date):D2}");
    }

    /// <summary>The name of a period as written in reports and options: <c>month</c> or <c>week</c>.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The name.</returns>
    public static string Name(MonitorPeriod period) => period == MonitorPeriod.Month ? "month" : "week";
}
