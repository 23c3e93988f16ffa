namespace Compliance.Rules.Reading;

/// <summary>
/// What became of one input record: either a <see cref="ParsedRecord"/> or a <see cref="Rejection"/>.
/// Every input record gives exactly one result, so records read = parsed + rejected.
/// </summary>
public abstract record ReadResult
{
    private protected ReadResult(string source, long line)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        Source = source;
        Line = line;
    }

    /// <summary>The input the record came from (the path as given, or <c>&lt;stdin&gt;</c>).</summary>
    public string Source { get; }

    /// <summary>The 1-based line on which the record starts.</summary>
    public long Line { get; }
}
