using Compliance.Rules.Sampling;

namespace Compliance.Rules.Tests.Sampling;

/// <summary>
/// Coverage of the recording-rate interval: four generated incident populations (the truth is the
/// population's own ratio), 1 000 sampling seeds each, every sample drawn by the real selection
/// order and estimated by the real ratio estimator.
/// </summary>
public sealed class RecordingRateCoverageTests
{
    private const int Seeds = 1000;

    /// <summary>A stratum to generate: N incidents, n drawn, crimes per incident by weight (0, 1, 2, …), chance each crime was recorded.</summary>
    private sealed record StratumDesign(int N, int SampleSize, double[] CrimeWeights, double RecordingChance);

    public static TheoryData<string, int> Populations => new()
    {
        { "one stratum, 90% recorded", 11 },
        { "two strata, 85% and 95%", 12 },
        { "three strata, 70%, 90% and 95%", 13 },
        { "one stratum, 97%, larger incidents", 14 },
    };

    [Theory]
    [MemberData(nameof(Populations))]
    public void Coverage_lies_between_92_and_97_5_percent(string name, int generatorSeed)
    {
        var designs = name switch
        {
            "one stratum, 90% recorded" => new[] { new StratumDesign(800, 100, [0.2, 0.5, 0.2, 0.1], 0.9) },
            "two strata, 85% and 95%" => [new StratumDesign(500, 60, [0.1, 0.6, 0.2, 0.1], 0.85), new StratumDesign(300, 40, [0.3, 0.5, 0.2], 0.95)],
            "three strata, 70%, 90% and 95%" => [new StratumDesign(300, 50, [0.2, 0.6, 0.2], 0.7), new StratumDesign(300, 50, [0.1, 0.5, 0.3, 0.1], 0.9), new StratumDesign(200, 50, [0.4, 0.4, 0.2], 0.95)],
            _ => [new StratumDesign(600, 120, [0.1, 0.3, 0.2, 0.2, 0.1, 0.1], 0.97)],
        };

        var random = new Random(generatorSeed);
        var population = designs.Select(d => Enumerable.Range(0, d.N).Select(_ => Incident(random, d)).ToArray()).ToArray();
        var truth = population.SelectMany(s => s).Sum(i => i.Y) / population.SelectMany(s => s).Sum(i => i.X);

        var covered = 0;
        for (var seed = 0L; seed < Seeds; seed++)
        {
            var strata = new List<RatioStratum>();
            for (var h = 0; h < designs.Length; h++)
            {
                var selector = new StratumSelector<RatioItem>(seed, "COVERAGE", $"S{h}", designs[h].SampleSize);
                for (var i = 0; i < population[h].Length; i++)
                {
                    selector.Offer($"incident:I-{h}-{i}", population[h][i]);
                }

                strata.Add(new RatioStratum(designs[h].N, [.. selector.Take(designs[h].SampleSize).Select(x => x.Value)]));
            }

            var estimate = RatioEstimator.Estimate(strata);
            if (estimate.Low <= truth && truth <= estimate.High)
            {
                covered++;
            }
        }

        var coverage = covered / (double)Seeds;
        Assert.True(coverage is >= 0.92 and <= 0.975, $"{name}: coverage {coverage:P1} of the true rate {truth:P2}");
    }

    private static RatioItem Incident(Random random, StratumDesign design)
    {
        var u = random.NextDouble();
        var crimes = 0;
        for (var acc = design.CrimeWeights[0]; crimes < design.CrimeWeights.Length - 1 && u >= acc; acc += design.CrimeWeights[++crimes])
        {
        }

        var recorded = Enumerable.Range(0, crimes).Count(_ => random.NextDouble() < design.RecordingChance);
        return new RatioItem(crimes, recorded);
    }
}
