namespace Compliance.Rules.Packs;

/// <summary>One problem in a rule pack or policy, with where it is.</summary>
/// <param name="Source">The file (or resource) name.</param>
/// <param name="Location">Where in the document: a JSON path, with the rule id when there is one (<c>$.rules[3] (CANCEL-002).condition</c>).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Line">1-based line in the file, when known.</param>
/// <param name="Position">0-based character position inside an expression, when known.</param>
public sealed record PackError(string Source, string Location, string Message, long? Line = null, int? Position = null)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Line is { } line ? $"{Source}({line})" : Source;
        var at = Position is { } position ? $" at character {position}" : string.Empty;
        return $"{where}: {Location}{at}: {Message}";
    }
}

/// <summary>A rule pack or policy has problems; all of them are listed.</summary>
public sealed class RulePackException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The problems (at least one).</param>
    public RulePackException(IReadOnlyList<PackError> errors)
        : base(Summarise(errors)) => Errors = errors;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<PackError> Errors { get; }

    private static string Summarise(IReadOnlyList<PackError> errors) =>
        errors.Count == 1
            ? $"The rule pack is invalid: {errors[0]}"
            : $"The rule pack has {errors.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => "  " + e))}";
}
