namespace Compliance.Rules.Sampling;

/// <summary>
/// A verdict's fields as read from a line or a row, before they are checked: both readers fill
/// this, and <see cref="VerdictBuilder"/> turns it into a <see cref="Verdict"/> with one set of
/// rules, so the worksheet and JSON Lines cannot drift apart.
/// </summary>
internal sealed class VerdictFields
{
    public string? PlanId { get; set; }

    public string? ItemKey { get; set; }

    public string? ReviewerRef { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public bool? DecisionCorrect { get; set; }

    public string[]? ErrorReasons { get; set; }

    public bool? VictimInformed { get; set; }

    public long? ShouldHaveBeenRecorded { get; set; }

    public long? Recorded { get; set; }

    public long? CorrectlyRecorded { get; set; }

    public bool? Final { get; set; }

    public bool? Blind { get; set; }

    public string? RemedialAction { get; set; }

    public string? RemedialRecordRef { get; set; }
}
