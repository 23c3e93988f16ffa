using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

/// <summary>An input record that passed every check of the reader.</summary>
public sealed record ParsedRecord : ReadResult
{
    /// <summary>Creates a parsed record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="source">The input it came from.</param>
    /// <param name="line">The 1-based line on which it starts.</param>
    public ParsedRecord(CrimeRecord record, string source, long line)
        : base(source, line)
    {
        ArgumentNullException.ThrowIfNull(record);
        Record = record;
    }

    /// <summary>The record.</summary>
    public CrimeRecord Record { get; }
}
