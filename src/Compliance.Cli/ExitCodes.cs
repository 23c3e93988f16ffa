namespace Compliance.Cli;

/// <summary>
/// Exit codes of the <c>compliance</c> command. When several apply, the first of 3, 130/143, 2,
/// 4, 1, 0 wins (<see cref="Combine"/>).
/// </summary>
internal static class ExitCodes
{
    /// <summary>Success: no finding at or above <c>--fail-on</c>, no gate tripped.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    public const int FindingsAtOrAboveThreshold = 1;

    /// <summary>Usage error, unreadable file, invalid rule pack.</summary>
    public const int UsageOrInputError = 2;

    /// <summary>Something the program did not expect: one line on standard error, a trace in a file.</summary>
    public const int InternalError = 3;

    /// <summary>A data-quality gate tripped: input left unread, too many records rejected, rule errors with <c>--fail-on-rule-errors</c>, unresolved incident links within <c>--records-cover</c>.</summary>
    public const int DataQualityGate = 4;

    /// <summary>Interrupted by SIGINT (Ctrl+C).</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM.</summary>
    public const int Terminated = 143;

    private static readonly int[] Precedence = [InternalError, Interrupted, Terminated, UsageOrInputError, DataQualityGate, FindingsAtOrAboveThreshold, Success];

    /// <summary>The code that wins among several that apply.</summary>
    public static int Combine(params int[] codes) => Precedence.First(code => code == Success || codes.Contains(code));
}
