namespace Compliance.Rules.Calendar;

/// <summary>
/// The bank holidays of England and Wales, computed from the standing rules plus a table of the
/// one-off changes. Computed rather than taken from the PublicHoliday package because that package
/// (3.17.0) misses the Millennium holiday of 1999-12-31.
/// </summary>
internal static class EnglandAndWalesBankHolidays
{
    // One-off proclamations: days added, and regular days moved away (the replacement is listed as added).
    private static readonly DateOnly[] Added =
    [
        new(1995, 5, 8),   // VE Day 50th anniversary (replaces the early May holiday)
        new(1999, 12, 31), // Millennium
        new(2002, 6, 3),   // Golden Jubilee
        new(2002, 6, 4),   // Spring holiday moved for the Golden Jubilee
        new(2011, 4, 29),  // Royal wedding
        new(2012, 6, 4),   // Spring holiday moved for the Diamond Jubilee
        new(2012, 6, 5),   // Diamond Jubilee
        new(2020, 5, 8),   // VE Day 75th anniversary (replaces the early May holiday)
        new(2022, 6, 2),   // Spring holiday moved for the Platinum Jubilee
        new(2022, 6, 3),   // Platinum Jubilee
        new(2022, 9, 19),  // State funeral of Queen Elizabeth II
        new(2023, 5, 8),   // Coronation of King Charles III
    ];

    private static readonly DateOnly[] Removed =
    [
        new(1995, 5, 1),
        new(2002, 5, 27),
        new(2012, 5, 28),
        new(2020, 5, 4),
        new(2022, 5, 30),
    ];

    /// <summary>The bank holidays of one year, in date order.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The dates.</returns>
    public static IReadOnlyList<DateOnly> Of(int year)
    {
        var days = new SortedSet<DateOnly>(StandingHolidays(year));
        days.ExceptWith(Removed.Where(d => d.Year == year));
        days.UnionWith(Added.Where(d => d.Year == year));
        return [.. days];
    }

    private static IEnumerable<DateOnly> StandingHolidays(int year)
    {
        yield return NextWeekday(new DateOnly(year, 1, 1));
        var easter = EasterSunday(year);
        yield return easter.AddDays(-2);
        yield return easter.AddDays(1);
        if (year >= 1978)
        {
            yield return FirstMonday(year, 5);
        }

        yield return LastMonday(year, 5);
        yield return LastMonday(year, 8);

        // Christmas and Boxing Day: a day falling on a weekend moves to the next weekday not already taken.
        var christmas = NextWeekday(new DateOnly(year, 12, 25));
        yield return christmas;
        var boxingDay = NextWeekday(new DateOnly(year, 12, 26));
        yield return boxingDay > christmas ? boxingDay : NextWeekday(christmas.AddDays(1));
    }

    private static DateOnly NextWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    internal static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
