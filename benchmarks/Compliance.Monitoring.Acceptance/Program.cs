using System.Diagnostics;
using System.Globalization;
using Compliance.Monitoring.Acceptance;

// The monitoring acceptance end to end: for each seed and practice the generator writes a force
// (6 000 records over 2008–2009 by default, the practice from 2009-01-01 at 15 rape reports a month),
// `compliance audit` reads it, and its alerts are set against the generator's truth.
//
// Usage: dotnet run -c Release --project benchmarks/Compliance.Monitoring.Acceptance -- [seeds] [first-seed] [records] [--workers n] [--out file]
//        … -- --summarise <file>
// Defaults: 200 seeds from 20 001 (the pre-study calibrates on 10 001–10 200, the tests use 1–20),
// two worker processes. Each worker runs its share of the seeds one after another in one process
// (the audit through the CLI's entry point, so thresholds computed once are reused) and appends one
// line per seed to the outcome file, so an interrupted run can still be summarised.
// Positional arguments: those that are neither an option nor an option's value.
var numbers = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
if (Option("--summarise") is { } summarise)
{
    Summarise(summarise);
    return 0;
}

var seeds = numbers.Count > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 200;
var firstSeed = numbers.Count > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 20_001;
var records = numbers.Count > 2 ? int.Parse(numbers[2], CultureInfo.InvariantCulture) : 6_000;
var jobs = Enumerable.Range(firstSeed, seeds).SelectMany(seed => SeedRun.Practices.Select(practice => (Practice: practice, Seed: seed))).ToArray();

if (Option("--worker") is { } share)
{
    // "i/n": this worker runs every n-th job from the i-th.
    var parts = share.Split('/');
    var (index, count) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    var output = Option("--out") ?? throw new InvalidOperationException("--worker needs --out");
    var work = Directory.CreateTempSubdirectory("monitoring-acceptance-");
    try
    {
        for (var j = index; j < jobs.Length; j += count)
        {
            var outcome = SeedRun.Run(jobs[j].Practice, jobs[j].Seed, records, work.FullName);
            File.AppendAllLines(output, [outcome.ToJsonLine()]);
        }
    }
    finally
    {
        work.Delete(recursive: true);
    }

    return 0;
}

var workers = int.Parse(Option("--workers") ?? "2", CultureInfo.InvariantCulture);
var file = Option("--out") ?? Path.Combine(Path.GetTempPath(), $"monitoring-acceptance-{firstSeed}-{seeds}.jsonl");
File.Delete(file);
var clock = Stopwatch.StartNew();
var host = Environment.ProcessPath!;
var self = typeof(SeedRun).Assembly.Location;
var children = Enumerable.Range(0, workers).Select(i =>
{
    var start = new ProcessStartInfo(host) { UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(host) == "dotnet")
    {
        start.ArgumentList.Add(self);
    }

    foreach (var a in new[] { $"{seeds}", $"{firstSeed}", $"{records}", "--worker", $"{i}/{workers}", "--out", file })
    {
        start.ArgumentList.Add(a);
    }

    return Process.Start(start)!;
}).ToArray();
var done = 0;
while (!children.All(c => c.HasExited))
{
    Thread.Sleep(TimeSpan.FromSeconds(30));
    var now = File.Exists(file) ? File.ReadLines(file).Count() : 0;
    if (now != done)
    {
        done = now;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done} of {jobs.Length} seed runs after {clock.Elapsed.TotalMinutes:0.0} min"));
    }
}

var failed = children.Count(c => c.ExitCode != 0);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seeds} seeds from {firstSeed}, {records} records each, {workers} workers: {clock.Elapsed.TotalMinutes:0.0} min wall; outcomes in {file}"));
Summarise(file);
return failed == 0 ? 0 : 1;

static void Summarise(string file)
{
    var outcomes = File.ReadLines(file).Where(l => l.Length > 0).Select(SeedOutcome.FromJsonLine).ToArray();
    var years = (SeedRun.To.DayNumber - SeedRun.From.DayNumber + 1) / 365.2425;
    foreach (var practice in SeedRun.Practices)
    {
        var mine = outcomes.Where(o => o.Practice == practice).OrderBy(o => o.Seed).ToArray();
        if (mine.Length > 0)
        {
            Console.WriteLine(AcceptanceSummary.Of(practice, mine, years));
        }
    }
}
