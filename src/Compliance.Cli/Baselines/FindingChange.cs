using Compliance.Rules.Records;

namespace Compliance.Cli.Baselines;

/// <summary>How a finding of this audit compares with the previous report.</summary>
/// <param name="IsNew">True when the previous report did not have it (same record or unit, same rule).</param>
/// <param name="PreviousSeverity">Its severity in the previous report, when it was there.</param>
internal sealed record FindingChange(bool IsNew, Severity? PreviousSeverity)
{
    public static readonly FindingChange New = new(true, null);

    /// <summary><c>new</c> or <c>unchanged</c>, as the reports name it.</summary>
    public string Name => IsNew ? "new" : "unchanged";

    /// <summary>Whether the finding was there before with another severity.</summary>
    public bool SeverityChanged(Severity now) => PreviousSeverity is { } before && before != now;
}
