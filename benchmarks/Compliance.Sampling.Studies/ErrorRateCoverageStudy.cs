using System.Globalization;
using Compliance.Rules.Sampling;
using MathNet.Numerics.Distributions;

namespace Compliance.Sampling.Studies;

/// <summary>
/// Exact coverage of the combined error-rate interval over random designs (1–4 strata, N_h 20–2 000,
/// n_h 10–40, population error rates 0–30%): each design's coverage is summed over every possible
/// sample by the hypergeometric law, as the test suite does for its fixed table.
/// </summary>
internal static class ErrorRateCoverageStudy
{
    private static readonly int[] Sizes = [20, 40, 100, 200, 500, 1000, 2000];
    private static readonly int[] SampleSizes = [10, 15, 20, 30, 40];
    private static readonly double[] Rates = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3];

    public static int Run(TextWriter output, int designs, int seed)
    {
        var random = new Random(seed);
        var results = new List<(string Design, double Coverage, double MinExpectedErrors)>();
        while (results.Count < designs)
        {
            var strata = Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
            {
                var n = Sizes[random.Next(Sizes.Length)];
                var drawn = Math.Min(n, SampleSizes[random.Next(SampleSizes.Length)]);
                var errors = (int)Math.Round(n * Rates[random.Next(Rates.Length)]);
                return (N: n, Drawn: drawn, Errors: errors);
            }).ToArray();

            // Four strata of 40 with many errors is 41⁴ samples: keep each design under ~3 million.
            if (strata.Aggregate(1.0, (a, s) => a * (Math.Min(s.Drawn, s.Errors) + 1)) > 3e6)
            {
                continue;
            }

            var total = strata.Sum(s => (double)s.N);
            // The fewest errors a weighty stratum (a quarter of the population or more) that has any
            // errors expects in its sample; 0 when no weighty stratum has errors (then nothing is missed).
            var weighty = strata.Where(s => s.N / total >= 0.25 && s.Errors > 0 && s.Drawn < s.N).Select(s => s.Drawn * (double)s.Errors / s.N).ToArray();
            var weightiest = weighty.Length == 0 ? 0 : weighty.Min();
            results.Add((string.Join(" ", strata.Select(s => $"({s.N},{s.Drawn},{s.Errors})")), ExactCoverage(strata), weightiest));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"designs {results.Count}, seed {seed}"));
        Summarise(output, "all designs", results.Select(r => r.Coverage).ToArray());
        Summarise(output, "every sampled stratum of weight ≥ 25% with errors expects ≥ 2 in its sample", results.Where(r => r.MinExpectedErrors is 0 or >= 2).Select(r => r.Coverage).ToArray());
        Summarise(output, "some sampled stratum of weight ≥ 25% expects fewer than 2", results.Where(r => r.MinExpectedErrors is > 0 and < 2).Select(r => r.Coverage).ToArray());
        output.WriteLine("lowest ten:");
        foreach (var (design, coverage, expected) in results.OrderBy(r => r.Coverage).Take(10))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {coverage:P2}  {design}  (fewest expected errors in a weighty stratum: {expected:0.##})"));
        }

        return 0;
    }

    private static void Summarise(TextWriter output, string label, double[] coverages)
    {
        if (coverages.Length == 0)
        {
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {coverages.Length} designs, minimum {coverages.Min():P2}, average {coverages.Average():P2}, below 92% {coverages.Count(c => c < 0.92)}"));
    }

    private static double ExactCoverage((int N, int Drawn, int Errors)[] design)
    {
        var truth = design.Sum(s => (double)s.Errors) / design.Sum(s => (double)s.N);
        var distributions = design.Select(s => Enumerable.Range(0, Math.Min(s.Drawn, s.Errors) + 1)
            .Select(k => (k, p: new Hypergeometric(s.N, s.Errors, s.Drawn).Probability(k))).Where(x => x.p > 0).ToArray()).ToArray();
        var counts = new StratumCount[design.Length];
        double covered = 0;

        void Walk(int h, double probability)
        {
            if (h == design.Length)
            {
                var estimate = StratifiedProportion.Estimate(counts);
                if (estimate.Low <= truth + 1e-12 && truth - 1e-12 <= estimate.High)
                {
                    covered += probability;
                }

                return;
            }

            foreach (var (k, p) in distributions[h])
            {
                counts[h] = new StratumCount(design[h].N, design[h].Drawn, k);
                Walk(h + 1, probability * p);
            }
        }

        Walk(0, 1);
        return covered;
    }
}
