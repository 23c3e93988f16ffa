namespace Compliance.Cli;

/// <summary>Exit codes of the <c>compliance</c> command (README, "Reading the report").</summary>
internal static class ExitCodes
{
    /// <summary>Success: no finding at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    public const int FindingsAtOrAboveThreshold = 1;

    /// <summary>Usage error, unreadable file, invalid rule pack.</summary>
    public const int UsageOrInputError = 2;
}
