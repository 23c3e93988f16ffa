using Compliance.Rules.Calendar;

namespace Compliance.Rules.Tests.Calendar;

public sealed class WorkingDayDeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = new([]);

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Winter (GMT): Monday → Tuesday 23:59:59 +00:00.
    [InlineData("2016-01-11T09:00:00Z", 1, "2016-01-12T23:59:59+00:00")]
    // Friday → Monday.
    [InlineData("2016-01-15T09:00:00Z", 1, "2016-01-18T23:59:59+00:00")]
    // Five working days from a Monday: the next Monday.
    [InlineData("2016-01-11T09:00:00Z", 5, "2016-01-18T23:59:59+00:00")]
    // Maundy Thursday 2016: Good Friday and Easter Monday skipped; the clocks went forward on the Sunday.
    [InlineData("2016-03-24T15:00:00Z", 1, "2016-03-29T23:59:59+01:00")]
    // Christmas 2010 (Saturday): substitute days 27 and 28 December skipped.
    [InlineData("2010-12-24T10:00:00Z", 1, "2010-12-29T23:59:59+00:00")]
    // Platinum Jubilee: 2 and 3 June 2022 skipped, BST.
    [InlineData("2022-06-01T10:00:00Z", 1, "2022-06-06T23:59:59+01:00")]
    // A Saturday instant counts from its date, so the first working day is Monday.
    [InlineData("2016-01-16T12:00:00Z", 1, "2016-01-18T23:59:59+00:00")]
    // n = 0: the end of the London date itself.
    [InlineData("2016-01-11T09:00:00Z", 0, "2016-01-11T23:59:59+00:00")]
    public void Deadline_is_the_end_of_the_nth_working_day_in_London(string t, int n, string expected)
    {
        var deadline = Calendar.WorkingDayDeadline(At(t), n);

        Assert.Equal(At(expected), deadline);
        Assert.Equal(At(expected).Offset, deadline.Offset);
    }

    [Fact]
    public void Deadline_counts_from_the_London_date_not_the_UTC_date()
    {
        // 23:30 UTC on Monday 4 July 2016 is 00:30 on Tuesday in London (BST).
        var deadline = Calendar.WorkingDayDeadline(At("2016-07-04T23:30:00Z"), 1);

        Assert.Equal(At("2016-07-06T23:59:59+01:00"), deadline);
    }

    [Fact]
    public void Negative_n_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WorkingDayDeadline(At("2016-01-11T09:00:00Z"), -1));

    [Theory]
    [InlineData("2016-07-04T23:30:00Z", "2016-07-05")]
    [InlineData("2016-07-04T22:59:59Z", "2016-07-04")]
    [InlineData("2016-01-04T23:30:00Z", "2016-01-04")]
    [InlineData("2016-01-05T00:30:00+02:00", "2016-01-04")]
    [InlineData("2016-10-30T00:30:00Z", "2016-10-30")]
    public void London_date_follows_the_UK_clocks(string t, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), WorkingDayCalendar.LondonDate(At(t)));
}
