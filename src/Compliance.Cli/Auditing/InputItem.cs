using Compliance.Cli.Reports;
using Compliance.Rules.Records;

namespace Compliance.Cli.Auditing;

/// <summary>One input record as the audit pipeline takes it: parsed, or rejected with the reason.</summary>
/// <param name="Source">The input it came from, as given.</param>
/// <param name="Line">The 1-based line on which it starts.</param>
/// <param name="Record">The record, when it parsed.</param>
/// <param name="Rejection">Why it was not read, when it did not.</param>
internal readonly record struct InputItem(string Source, long Line, CrimeRecord? Record, RejectedRecord? Rejection)
{
    public static InputItem Parsed(CrimeRecord record, string source, long line) => new(source, line, record, null);

    public static InputItem Rejected(RejectedRecord rejection) => new(rejection.Source, rejection.Line, null, rejection);
}
