using System.Diagnostics;
using System.Globalization;
using Compliance.Monitoring.Study;

// The monitoring pre-study: the library's detectors alone on simulated event streams with a known
// truth. Usage: dotnet run -c Release --project benchmarks/Compliance.Monitoring.Study -- [seeds] [first-seed] [--compare]
// Default: 200 seeds from 10 001 with the library's defaults (seeds below 10 000 are kept for the
// tests and for looking at single runs). --compare runs every candidate set-up of the decision
// record (docs/early-warning.md) instead.
var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var seeds = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 200;
var firstSeed = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 10_001;
var variants = args.Contains("--compare") ? StudyVariant.Candidates : [StudyVariant.Defaults];
var scenarios = new[]
{
    new StudyScenario("sapphire: practice from month 24 of 36, 4 peers", StudyScenario.Sapphire, Peers: 4, Months: 36, OnsetMonth: 24),
    new StudyScenario("displacement: attrition only, from month 24 of 36, 4 peers", StudyScenario.Displacement, Peers: 4, Months: 36, OnsetMonth: 24),
    new StudyScenario("baseline only: 60 months, 4 peers", StudyScenario.Sapphire, Peers: 4, Months: 60, OnsetMonth: null),
};

foreach (var variant in variants)
{
    Console.WriteLine($"== {variant.Name}");
    foreach (var scenario in scenarios)
    {
        var clock = Stopwatch.StartNew();
        var runs = Enumerable.Range(firstSeed, seeds).AsParallel().AsOrdered().Select(seed => DetectorStudy.Run(scenario, seed, variant)).ToArray();
        Console.WriteLine($"{scenario.Name}: {StudySummary.Of(runs)} ({clock.Elapsed.TotalSeconds:0} s)");
    }
}
