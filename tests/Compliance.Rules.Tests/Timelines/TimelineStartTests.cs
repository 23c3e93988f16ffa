using Compliance.Rules.Timelines;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Compliance.Rules.Tests.Timelines;

/// <summary>
/// A timeline is in force from the Europe/London midnight of its first entry's date: the quick check
/// evaluation uses (one comparison) must give what the entry lookup gives, at that midnight and one
/// tick either side, in winter, in summer and on the days the clocks change.
/// </summary>
public sealed class TimelineStartTests
{
    public static TheoryData<string, string> Midnights => new()
    {
        // From date, and its London midnight in UTC (worked out by hand from the UK clock rules).
        { "2015-01-01", "2015-01-01T00:00:00Z" }, // GMT
        { "2015-04-01", "2015-03-31T23:00:00Z" }, // BST
        { "2015-03-29", "2015-03-29T00:00:00Z" }, // clocks go forward at 01:00 UTC that day: midnight is still GMT
        { "2015-10-25", "2015-10-24T23:00:00Z" }, // clocks go back at 01:00 UTC that day: midnight is still BST
        { "2015-10-26", "2015-10-26T00:00:00Z" }, // the first GMT midnight after it
    };

    [Theory]
    [MemberData(nameof(Midnights))]
    public void In_force_from_the_London_midnight_of_the_first_date_and_not_one_tick_before(string from, string midnight)
    {
        var timeline = Of(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
        var start = DateTimeOffset.Parse(midnight, System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(timeline.HasEntryAt(start.AddTicks(-1)));
        Assert.True(timeline.HasEntryAt(start));
        Assert.True(timeline.HasEntryAt(start.AddTicks(1)));

        // The same answers from the entry lookup, and whatever offset the instant is written with.
        Assert.Null(timeline.At(start.AddTicks(-1)));
        Assert.NotNull(timeline.At(start));
        Assert.False(timeline.HasEntryAt(start.AddTicks(-1).ToOffset(TimeSpan.FromHours(-5))));
        Assert.True(timeline.HasEntryAt(start.ToOffset(TimeSpan.FromHours(9))));
    }

    [Property(MaxTest = 2000)]
    public Property The_quick_check_agrees_with_the_entry_lookup_at_any_instant_near_the_start() =>
        Prop.ForAll(
            Gen.Choose(-3 * 24 * 60, 3 * 24 * 60).Select(minutes => new DateTimeOffset(2015, 3, 29, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes).AddTicks(minutes % 7)).ToArbitrary(),
            instant =>
            {
                var timeline = Of(new DateOnly(2015, 3, 29));
                return timeline.HasEntryAt(instant) == timeline.At(instant) is not null;
            });

    private static Timeline<VictimsCodeEntry> Of(DateOnly from) =>
        new(TimelineSet.VictimsCodeName, [new VictimsCodeEntry("first", from, 1, 5, 1, false, "test", []), new VictimsCodeEntry("second", from.AddYears(2), 1, 5, 1, false, "test", [])]);
}
