namespace Compliance.Rules.Calendar;

/// <summary>
/// Working days in England and Wales: Monday to Friday that are not bank holidays (computed,
/// including Easter, substitute days and the one-off days), plus any extra holidays a policy adds.
/// Calendar arithmetic is done in Europe/London.
/// </summary>
public sealed class WorkingDayCalendar
{
    /// <summary>Creates the calendar.</summary>
    /// <param name="extraHolidays">Further non-working dates (from the policy).</param>
    public WorkingDayCalendar(IEnumerable<DateOnly> extraHolidays) => _extra = [.. extraHolidays];

    private readonly HashSet<DateOnly> _extra;

    /// <summary>Whether a date is a bank holiday in England and Wales (or an extra holiday).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for a holiday.</returns>
    public bool IsBankHoliday(DateOnly date) => throw new NotImplementedException();

    /// <summary>Whether a date is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for Monday–Friday that is not a holiday.</returns>
    public bool IsWorkingDay(DateOnly date) => throw new NotImplementedException();

    /// <summary><c>wd(t, n)</c>: the end (23:59:59 Europe/London) of the n-th working day after the London date of <paramref name="t"/>.</summary>
    /// <param name="t">The instant.</param>
    /// <param name="n">How many working days.</param>
    /// <returns>The deadline instant.</returns>
    public DateTimeOffset WorkingDayDeadline(DateTimeOffset t, int n) => throw new NotImplementedException();

    /// <summary>The Europe/London calendar date of an instant.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>The date.</returns>
    public static DateOnly LondonDate(DateTimeOffset t) => throw new NotImplementedException();
}
