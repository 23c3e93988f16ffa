namespace Compliance.Synthetic;

/// <summary>What <see cref="SyntheticRecords.Generate"/> produces. Same options, same records, byte for byte.</summary>
public sealed record GeneratorOptions
{
    /// <summary>How many records to generate (zero or more).</summary>
    public required int Records { get; init; }

    /// <summary>Seed of the generator; any value, negative included.</summary>
    public required long Seed { get; init; }

    /// <summary>Which force to generate; <see cref="GeneratorScenario.Baseline"/> by default.</summary>
    public GeneratorScenario Scenario { get; init; } = GeneratorScenario.Baseline;
}
