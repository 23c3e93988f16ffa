namespace Compliance.Rules.Records;

/// <summary>How serious a finding is. Ordered: a larger value is more serious.</summary>
public enum Severity
{
    /// <summary>Low.</summary>
    Low = 0,

    /// <summary>Medium.</summary>
    Medium = 1,

    /// <summary>High.</summary>
    High = 2,

    /// <summary>Critical.</summary>
    Critical = 3,
}
