using Compliance.Rules.Calendar;

namespace Compliance.Rules.Tests.Calendar;

public sealed class BankHolidayTests
{
    private static readonly WorkingDayCalendar Calendar = new([]);

    [Theory]
    // Easter (Good Friday and Easter Monday), including an early and a late Easter.
    [InlineData("2008-03-21")]
    [InlineData("2008-03-24")]
    [InlineData("2011-04-22")]
    [InlineData("2011-04-25")]
    [InlineData("2016-03-25")]
    [InlineData("2016-03-28")]
    [InlineData("2019-04-19")]
    [InlineData("2019-04-22")]
    [InlineData("2024-03-29")]
    [InlineData("2024-04-01")]
    // Substitute days: New Year, Christmas and Boxing Day on a weekend.
    [InlineData("2011-01-03")]
    [InlineData("2017-01-02")]
    [InlineData("2010-12-27")]
    [InlineData("2010-12-28")]
    [InlineData("2016-12-26")]
    [InlineData("2016-12-27")]
    [InlineData("2020-12-28")]
    [InlineData("2022-12-27")]
    // The regular May and August Mondays.
    [InlineData("2009-05-04")]
    [InlineData("2009-05-25")]
    [InlineData("2009-08-31")]
    // One-off days.
    [InlineData("1999-12-31")]
    [InlineData("2011-04-29")]
    [InlineData("2012-06-04")]
    [InlineData("2012-06-05")]
    [InlineData("2020-05-08")]
    [InlineData("2022-06-02")]
    [InlineData("2022-06-03")]
    [InlineData("2022-09-19")]
    [InlineData("2023-05-08")]
    [InlineData("2023-05-01")]
    public void Known_bank_holidays_are_holidays_and_not_working_days(string date)
    {
        var day = DateOnly.Parse(date);
        Assert.True(Calendar.IsBankHoliday(day), $"{date} should be a bank holiday");
        Assert.False(Calendar.IsWorkingDay(day));
    }

    [Theory]
    // The regular days that the one-off days replaced.
    [InlineData("2012-05-28")]
    [InlineData("2020-05-04")]
    [InlineData("2022-05-30")]
    // Ordinary weekdays next to holidays.
    [InlineData("2016-03-24")]
    [InlineData("2016-03-29")]
    [InlineData("2010-12-29")]
    [InlineData("2022-09-20")]
    [InlineData("2000-01-04")]
    public void Replaced_and_ordinary_weekdays_are_working_days(string date)
    {
        var day = DateOnly.Parse(date);
        Assert.False(Calendar.IsBankHoliday(day), $"{date} should not be a bank holiday");
        Assert.True(Calendar.IsWorkingDay(day));
    }

    [Theory]
    [InlineData("2010-12-25")]
    [InlineData("2016-03-27")]
    [InlineData("2024-06-01")]
    public void Weekends_are_not_working_days(string date) => Assert.False(Calendar.IsWorkingDay(DateOnly.Parse(date)));

    [Fact]
    public void Each_year_has_eight_holidays_apart_from_the_one_off_years()
    {
        for (var year = 1990; year <= 2040; year++)
        {
            var count = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
                .Select(d => new DateOnly(year, 1, 1).AddDays(d))
                .Count(Calendar.IsBankHoliday);
            var expected = year switch
            {
                1999 or 2002 or 2011 or 2012 or 2023 => 9,
                2022 => 10,
                _ => 8,
            };
            Assert.True(expected == count, $"{year}: {count} holidays");
        }
    }

    [Fact]
    public void Agrees_with_the_PublicHoliday_package_except_for_the_millennium_day_it_misses()
    {
        var package = new PublicHoliday.UKBankHoliday();
        for (var year = 1995; year <= 2035; year++)
        {
            var theirs = package.PublicHolidays(year).Select(DateOnly.FromDateTime).ToHashSet();
            if (year == 1999)
            {
                theirs.Add(new DateOnly(1999, 12, 31));
            }

            var ours = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
                .Select(d => new DateOnly(year, 1, 1).AddDays(d))
                .Where(Calendar.IsBankHoliday)
                .ToHashSet();
            Assert.True(theirs.SetEquals(ours), $"{year}: ours {string.Join(",", ours.Order())} theirs {string.Join(",", theirs.Order())}");
        }
    }

    [Fact]
    public void Extra_holidays_from_a_policy_are_not_working_days()
    {
        var extra = new DateOnly(2016, 3, 29);
        var calendar = new WorkingDayCalendar([extra]);

        Assert.True(calendar.IsBankHoliday(extra));
        Assert.False(calendar.IsWorkingDay(extra));
        Assert.True(Calendar.IsWorkingDay(extra));
    }
}
