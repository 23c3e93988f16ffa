using System.Collections.Concurrent;

namespace Compliance.Rules.Calendar;

/// <summary>
/// Working days in England and Wales: Monday to Friday that are not bank holidays (computed,
/// including Easter, substitute days and the one-off days), plus any extra holidays a policy adds.
/// Calendar arithmetic is done in Europe/London. Immutable and safe to share across threads.
/// </summary>
public sealed class WorkingDayCalendar
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeOnly EndOfDay = new(23, 59, 59);

    private readonly HashSet<DateOnly> extraHolidays;

    // Holidays are computed per year on first use; the values are pure functions of the year.
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> holidaysByYear = new();

    /// <summary>Creates the calendar.</summary>
    /// <param name="extraHolidays">Further non-working dates (from the policy).</param>
    public WorkingDayCalendar(IEnumerable<DateOnly> extraHolidays)
    {
        ArgumentNullException.ThrowIfNull(extraHolidays);
        this.extraHolidays = [.. extraHolidays];
    }

    /// <summary>Whether a date is a bank holiday in England and Wales (or an extra holiday).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for a holiday.</returns>
    public bool IsBankHoliday(DateOnly date) =>
        extraHolidays.Contains(date)
        || holidaysByYear.GetOrAdd(date.Year, static year => [.. EnglandAndWalesBankHolidays.Of(year)]).Contains(date);

    /// <summary>Whether a date is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for Monday–Friday that is not a holiday.</returns>
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(date);

    /// <summary><c>wd(t, n)</c>: the end (23:59:59 Europe/London) of the n-th working day after the London date of <paramref name="t"/>.</summary>
    /// <param name="t">The instant.</param>
    /// <param name="n">How many working days (0: the end of the London date of <paramref name="t"/> itself).</param>
    /// <returns>The deadline instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    public DateTimeOffset WorkingDayDeadline(DateTimeOffset t, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var date = LondonDate(t);
        for (var counted = 0; counted < n;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return EndOfLondonDay(date);
    }

    /// <summary>The Europe/London calendar date of an instant.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>The date.</returns>
    public static DateOnly LondonDate(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, London).DateTime);

    // 23:59:59 is never inside a UK clock change (they happen at 01:00 UTC), so the local time is unambiguous.
    private static DateTimeOffset EndOfLondonDay(DateOnly date)
    {
        var local = date.ToDateTime(EndOfDay, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, London.GetUtcOffset(local));
    }
}
