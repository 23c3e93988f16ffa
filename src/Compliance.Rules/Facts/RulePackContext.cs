using Compliance.Rules.Calendar;
using Compliance.Rules.Timelines;

namespace Compliance.Rules.Facts;

/// <summary>
/// Everything of a loaded pack (after the policy) that record facts need: timelines, offence groups,
/// the working-day calendar and the parameter values. Built once per pack and policy; immutable and
/// shared across threads.
/// </summary>
internal sealed class RulePackContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="timelines">The timelines.</param>
    /// <param name="offenceGroups">The offence-group table.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="parameters">Parameter values by name (typed: int, double, bool, string, string[], DateOnly[], enum arrays).</param>
    public RulePackContext(TimelineSet timelines, OffenceGroupTable offenceGroups, WorkingDayCalendar calendar, IReadOnlyDictionary<string, object> parameters)
    {
        Timelines = timelines;
        OffenceGroups = offenceGroups;
        Calendar = calendar;
        Parameters = parameters;
    }

    /// <summary>The timelines.</summary>
    public TimelineSet Timelines { get; }

    /// <summary>The offence-group table.</summary>
    public OffenceGroupTable OffenceGroups { get; }

    /// <summary>The working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Parameter values by name.</summary>
    public IReadOnlyDictionary<string, object> Parameters { get; }

    /// <summary>A parameter's value.</summary>
    /// <typeparam name="T">Its type.</typeparam>
    /// <param name="name">Its name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The pack has no such parameter.</exception>
    public T Parameter<T>(string name) => (T)Parameters[name];
}
