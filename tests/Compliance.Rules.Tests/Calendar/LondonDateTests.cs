using Compliance.Rules.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>The London date is remembered per UTC day; it must still be what the time zone says, clock changes included.</summary>
public sealed class LondonDateTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void Every_quarter_hour_around_every_clock_change_from_1996_to_2035_gets_the_zone_s_date()
    {
        var checkedInstants = 0;
        for (var year = 1996; year <= 2035; year++)
        {
            foreach (var month in new[] { 3, 10 })
            {
                // The last Sunday of March and of October, and the days either side.
                var lastSunday = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
                while (lastSunday.DayOfWeek != DayOfWeek.Sunday)
                {
                    lastSunday = lastSunday.AddDays(-1);
                }

                for (var t = lastSunday.AddDays(-1); t < lastSunday.AddDays(2); t = t.AddMinutes(15))
                {
                    foreach (var offset in new[] { TimeSpan.Zero, TimeSpan.FromHours(1), TimeSpan.FromHours(-5) })
                    {
                        var instant = new DateTimeOffset(t).ToOffset(offset);
                        Assert.Equal(Expected(instant), WorkingDayCalendar.LondonDate(instant));
                        checkedInstants++;
                    }
                }
            }
        }

        Assert.Equal(40 * 2 * 3 * 24 * 4 * 3, checkedInstants);
    }

    [Property(MaxTest = 2000)]
    public Property Any_instant_from_1900_to_2100_gets_the_zone_s_date() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).Select(s => new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(s * 2.9)).ToArbitrary(),
            instant => Expected(instant) == WorkingDayCalendar.LondonDate(instant));

    private static DateOnly Expected(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);
}
