namespace Compliance.Rules.Sampling;

/// <summary>One problem in a plan, sample or verdict file, with where it is.</summary>
/// <param name="Source">The file name.</param>
/// <param name="Path">The JSON path (<c>$.strata[2].where</c>), or the worksheet column.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Line">1-based line (for a worksheet: the row), when known.</param>
/// <param name="Column">1-based column of a worksheet cell, or character position inside an expression, when known.</param>
public sealed record SamplingProblem(string Source, string Path, string Message, long? Line = null, int? Column = null)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Line is { } line ? Column is { } column ? $"{Source}({line},{column})" : $"{Source}({line})" : Source;
        return $"{where}: {Path}: {Message}";
    }
}
