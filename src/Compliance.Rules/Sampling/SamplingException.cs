namespace Compliance.Rules.Sampling;

/// <summary>A plan, sample or verdict file has problems; every one found is listed.</summary>
public sealed class SamplingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems (at least one).</param>
    public SamplingException(IReadOnlyList<SamplingProblem> problems)
        : base(problems.Count == 1 ? problems[0].ToString() : $"{problems.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => "  " + p))}")
        => Problems = problems;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<SamplingProblem> Problems { get; }
}
