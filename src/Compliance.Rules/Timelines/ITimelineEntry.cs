namespace Compliance.Rules.Timelines;

/// <summary>One entry of a timeline: values in force from <see cref="From"/> until the next entry.</summary>
public interface ITimelineEntry
{
    /// <summary>The entry's id (e.g. <c>HOCR-2015</c>).</summary>
    string Id { get; }

    /// <summary>First day (Europe/London) the entry is in force.</summary>
    DateOnly From { get; }

    /// <summary>Where the values come from: a public source, <c>unverified</c> or <c>tool policy</c>.</summary>
    string Source { get; }

    /// <summary>What the entry introduces (outcome types, codes, notification types …), for generators and docs.</summary>
    IReadOnlyList<string> Introduces { get; }
}
