namespace Compliance.Synthetic;

/// <summary>The instants reports are received between: from UTC midnight of the first day to UTC midnight after the last.</summary>
internal sealed record GenerationPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Average length of a calendar month in days (365.2425 / 12).</summary>
    private const double DaysPerMonth = 365.2425 / 12;

    /// <summary>The period of <paramref name="from"/> to <paramref name="to"/>, both days included.</summary>
    public static GenerationPeriod Of(DateOnly from, DateOnly to) => new(Midnight(from), Midnight(to.AddDays(1)));

    /// <summary>Length of the period in months (fractional).</summary>
    public double Months => (End - Start).TotalDays / DaysPerMonth;

    /// <summary>UTC midnight at the start of a day.</summary>
    public static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
