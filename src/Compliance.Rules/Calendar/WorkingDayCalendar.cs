using System.Collections.Concurrent;
using NodaTime;

namespace Compliance.Rules.Calendar;

/// <summary>
/// Working days in England and Wales: Monday to Friday that are not bank holidays (computed,
/// including Easter, substitute days and the one-off days), plus any extra holidays a policy adds.
/// Calendar arithmetic is done in Europe/London, with the rules of the IANA tz database embedded
/// in NodaTime: the machine's own time-zone data (absent in slim containers, unresolvable on
/// Windows with invariant globalization, older on an unpatched host) plays no part, so the same
/// records give the same deadlines everywhere. Immutable and safe to share across threads.
/// </summary>
public sealed class WorkingDayCalendar
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly TimeOnly EndOfDay = new(23, 59, 59);

    private readonly HashSet<DateOnly> _extraHolidays;

    // Europe/London's offset on each UTC day that has no clock change (every day but two a year),
    // remembered: converting with TimeZoneInfo is the costliest step of the date arithmetic rules do
    // for every record, and the answer is a pure function of the day. A few hundred entries per year of data.
    private static readonly ConcurrentDictionary<DateOnly, TimeSpan> SteadyLondonOffsets = new();

    // Holidays are computed per year on first use; the values are pure functions of the year.
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _holidaysByYear = new();

    // Deadlines by London start date and working days, for the same reason (rules ask for the
    // notice deadline of every record; records share dates).
    private readonly ConcurrentDictionary<(DateOnly Date, int Days), DateTimeOffset> _deadlines = new();

    /// <summary>Creates the calendar.</summary>
    /// <param name="extraHolidays">Further non-working dates (from the policy).</param>
    public WorkingDayCalendar(IEnumerable<DateOnly> extraHolidays)
    {
        ArgumentNullException.ThrowIfNull(extraHolidays);
        _extraHolidays = [.. extraHolidays];
    }

    /// <summary>Whether a date is a bank holiday in England and Wales (or an extra holiday).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for a holiday.</returns>
    public bool IsBankHoliday(DateOnly date) =>
        _extraHolidays.Contains(date)
        || _holidaysByYear.GetOrAdd(date.Year, static year => [.. EnglandAndWalesBankHolidays.Of(year)]).Contains(date);

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
        return _deadlines.GetOrAdd((LondonDate(t), n), static (start, calendar) => calendar.CountWorkingDays(start.Date, start.Days), this);
    }

    /// <summary>The Europe/London calendar date of an instant.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>The date.</returns>
    public static DateOnly LondonDate(DateTimeOffset t)
    {
        var utc = t.UtcDateTime;
        var utcDay = DateOnly.FromDateTime(utc);
        if (!SteadyLondonOffsets.TryGetValue(utcDay, out var offset))
        {
            var atStart = OffsetAt(utcDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            var atEnd = OffsetAt(utcDay.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc));
            if (atStart != atEnd)
            {
                // The clocks change on this day: convert the instant itself.
                var local = Instant.FromDateTimeOffset(t).InZone(London).Date;
                return new DateOnly(local.Year, local.Month, local.Day);
            }

            offset = SteadyLondonOffsets.GetOrAdd(utcDay, atStart);
        }

        return DateOnly.FromDateTime(utc + offset);
    }

    private DateTimeOffset CountWorkingDays(DateOnly date, int n)
    {
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

    /// <summary>The first instant whose Europe/London date is <paramref name="date"/> (its local midnight).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The instant, as UTC.</returns>
    /// <remarks>
    /// UK clocks change at 01:00 UTC, never at local midnight, so midnight exists once every day; the
    /// London date only moves forward with time, so <c>LondonDate(t) &gt;= date</c> exactly when
    /// <c>t &gt;= LondonStartOfDay(date)</c>.
    /// </remarks>
    internal static DateTimeOffset LondonStartOfDay(DateOnly date) =>
        London.AtStartOfDay(new LocalDate(date.Year, date.Month, date.Day)).ToInstant().ToDateTimeOffset();

    // 23:59:59 is never inside a UK clock change (they happen at 01:00 UTC), so the local time is unambiguous.
    private static DateTimeOffset EndOfLondonDay(DateOnly date)
    {
        var local = new LocalDateTime(date.Year, date.Month, date.Day, EndOfDay.Hour, EndOfDay.Minute, EndOfDay.Second);
        return London.AtStrictly(local).ToDateTimeOffset();
    }

    private static TimeSpan OffsetAt(DateTime utc) => London.GetUtcOffset(Instant.FromDateTimeUtc(utc)).ToTimeSpan();
}
