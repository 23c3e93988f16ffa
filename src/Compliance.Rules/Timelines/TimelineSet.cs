namespace Compliance.Rules.Timelines;

/// <summary>The four timelines of a pack (after its policy). Immutable and shared across threads.</summary>
public sealed class TimelineSet
{
    /// <summary>The timeline names, as a pack and a policy write them.</summary>
    public static readonly IReadOnlyList<string> Names = [CountingRulesName, OutcomesName, VictimsCodeName, RightToReviewName];

    /// <summary>Name of the counting-rules timeline.</summary>
    public const string CountingRulesName = "countingRules";

    /// <summary>Name of the outcomes timeline.</summary>
    public const string OutcomesName = "outcomes";

    /// <summary>Name of the Victims' Code timeline.</summary>
    public const string VictimsCodeName = "victimsCode";

    /// <summary>Name of the right-to-review timeline.</summary>
    public const string RightToReviewName = "rightToReview";

    private readonly Dictionary<string, CountingRulesEntry> _countingRulesByIdOrAlias = new(StringComparer.Ordinal);

    /// <summary>Creates the set.</summary>
    /// <param name="countingRules">The counting-rules timeline.</param>
    /// <param name="outcomes">The outcomes timeline.</param>
    /// <param name="victimsCode">The Victims' Code timeline.</param>
    /// <param name="rightToReview">The right-to-review timeline.</param>
    /// <exception cref="ArgumentException">An id or alias of the counting rules names two entries.</exception>
    public TimelineSet(
        Timeline<CountingRulesEntry> countingRules,
        Timeline<OutcomesEntry> outcomes,
        Timeline<VictimsCodeEntry> victimsCode,
        Timeline<RightToReviewEntry> rightToReview)
    {
        CountingRules = countingRules ?? throw new ArgumentNullException(nameof(countingRules));
        Outcomes = outcomes ?? throw new ArgumentNullException(nameof(outcomes));
        VictimsCode = victimsCode ?? throw new ArgumentNullException(nameof(victimsCode));
        RightToReview = rightToReview ?? throw new ArgumentNullException(nameof(rightToReview));
        foreach (var entry in countingRules.Entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Id))
            {
                if (!_countingRulesByIdOrAlias.TryAdd(name, entry))
                {
                    throw new ArgumentException($"Counting-rules id or alias '{name}' names two entries.", nameof(countingRules));
                }
            }
        }
    }

    /// <summary>The counting rules (<c>countingRules</c>).</summary>
    public Timeline<CountingRulesEntry> CountingRules { get; }

    /// <summary>The outcome vocabulary (<c>outcomes</c>).</summary>
    public Timeline<OutcomesEntry> Outcomes { get; }

    /// <summary>The Victims' Code (<c>victimsCode</c>).</summary>
    public Timeline<VictimsCodeEntry> VictimsCode { get; }

    /// <summary>The right to review (<c>rightToReview</c>).</summary>
    public Timeline<RightToReviewEntry> RightToReview { get; }

    /// <summary>The counting-rules entry a record's <c>rulesEdition</c> names, by id or alias; null when the pack has none.</summary>
    /// <param name="idOrAlias">The id or alias.</param>
    /// <returns>The entry.</returns>
    public CountingRulesEntry? FindCountingRules(string idOrAlias) => _countingRulesByIdOrAlias.GetValueOrDefault(idOrAlias);

    /// <summary>The id of the first entry of a timeline, by name (for "before &lt;id&gt;" reasons).</summary>
    /// <param name="timeline">The timeline's name.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">No timeline has that name.</exception>
    public string FirstEntryId(string timeline) => timeline switch
    {
        CountingRulesName => CountingRules.First.Id,
        OutcomesName => Outcomes.First.Id,
        VictimsCodeName => VictimsCode.First.Id,
        RightToReviewName => RightToReview.First.Id,
        _ => throw new ArgumentException($"No timeline is called '{timeline}'.", nameof(timeline)),
    };

    /// <summary>Whether a timeline has an entry in force at an instant.</summary>
    /// <param name="timeline">The timeline's name.</param>
    /// <param name="t">The instant.</param>
    /// <returns>False before its first entry.</returns>
    public bool HasEntryAt(string timeline, DateTimeOffset t) => t.UtcTicks >= StartTicks(timeline);

    /// <summary>Where <see cref="HasEntryAt"/> of a timeline turns true, in UTC ticks.</summary>
    /// <param name="timeline">The timeline's name.</param>
    /// <returns>The ticks.</returns>
    internal long StartTicks(string timeline) => timeline switch
    {
        CountingRulesName => CountingRules.StartTicks,
        OutcomesName => Outcomes.StartTicks,
        VictimsCodeName => VictimsCode.StartTicks,
        RightToReviewName => RightToReview.StartTicks,
        _ => throw new ArgumentException($"No timeline is called '{timeline}'.", nameof(timeline)),
    };
}
