using System.Globalization;
using Compliance.Rules.Sampling;

namespace Compliance.Sampling.Studies;

/// <summary>
/// Coverage of the recording-rate interval over many draws: eight incident populations, each
/// regenerated from its own seed, every draw selected by the real SHA-256 order and estimated by
/// the real ratio estimator; the truth is each population's own ratio.
/// </summary>
internal static class RecordingCoverageStudy
{
    private sealed record Design(string Name, (int N, int Drawn, double[] Crimes, double Recorded)[] Strata);

    private static readonly Design[] Designs =
    [
        new("one stratum, 90%, n 100", [(800, 100, [0.2, 0.5, 0.2, 0.1], 0.9)]),
        new("one stratum, 90%, n 40", [(800, 40, [0.2, 0.5, 0.2, 0.1], 0.9)]),
        new("two strata, 85% / 95%", [(500, 60, [0.1, 0.6, 0.2, 0.1], 0.85), (300, 40, [0.3, 0.5, 0.2], 0.95)]),
        new("three strata, 70% / 90% / 95%", [(300, 50, [0.2, 0.6, 0.2], 0.7), (300, 50, [0.1, 0.5, 0.3, 0.1], 0.9), (200, 50, [0.4, 0.4, 0.2], 0.95)]),
        new("one stratum, 97%, up to 5 crimes", [(600, 120, [0.1, 0.3, 0.2, 0.2, 0.1, 0.1], 0.97)]),
        new("one stratum, 99%, n 150", [(1500, 150, [0.1, 0.7, 0.2], 0.99)]),
        new("two strata, 60% / 80%, n 30 each", [(400, 30, [0.2, 0.6, 0.2], 0.6), (400, 30, [0.2, 0.6, 0.2], 0.8)]),
        new("four strata of 25, 88%", [(200, 25, [0.2, 0.6, 0.2], 0.88), (400, 25, [0.2, 0.6, 0.2], 0.88), (300, 25, [0.2, 0.6, 0.2], 0.88), (100, 25, [0.2, 0.6, 0.2], 0.88)]),
    ];

    public static int Run(TextWriter output, int draws, int seed)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"draws {draws} per population, population seed {seed}"));
        var index = 0;
        foreach (var design in Designs)
        {
            var random = new Random(seed * 100 + index++);
            var population = design.Strata.Select(s => Enumerable.Range(0, s.N).Select(i =>
            {
                var crimes = Pick(random, s.Crimes);
                var recorded = Enumerable.Range(0, crimes).Count(_ => random.NextDouble() < s.Recorded);
                return (Key: $"incident:I-{i}", Item: new RatioItem(crimes, recorded));
            }).ToArray()).ToArray();
            var truth = population.SelectMany(p => p).Sum(p => p.Item.Y) / population.SelectMany(p => p).Sum(p => p.Item.X);
            int covered = 0, estimated = 0;
            double width = 0;
            for (var draw = 0L; draw < draws; draw++)
            {
                var strata = design.Strata.Select((s, h) => new RatioStratum(
                    s.N,
                    [.. population[h]
                        .Select(p => (p.Item, Digest: SelectionOrder.Digest(draw, "STUDY", $"S{h}", p.Key), p.Key))
                        .OrderBy(p => p.Digest, DigestOrder.Instance).ThenBy(p => p.Key, StringComparer.Ordinal)
                        .Take(s.Drawn).Select(p => p.Item)])).ToArray();
                var estimate = RatioEstimator.Estimate(strata);
                if (estimate.Estimate is null)
                {
                    continue;
                }

                estimated++;
                width += estimate.High!.Value - estimate.Low!.Value;
                if (estimate.Low <= truth && truth <= estimate.High)
                {
                    covered++;
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{design.Name}: truth {truth:P2}, coverage {covered / (double)estimated:P2} of {estimated} draws, mean width {width / estimated * 100:0.0} points"));
        }

        return 0;
    }

    private static int Pick(Random random, double[] weights)
    {
        var u = random.NextDouble();
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private sealed class DigestOrder : IComparer<byte[]>
    {
        public static readonly DigestOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
