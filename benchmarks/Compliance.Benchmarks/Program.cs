using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using Compliance.Benchmarks.Suites;

// Pick suites with --filter or --anyCategories (Engine, Peers, Pipeline, Analyzer, Parsing; Large only
// when asked for by name). '--job dry --inProcess' is the smoke run of .ci/checks/benchmarks-dry.sh.
// Min and Median beside the Mean: the machine this runs on is often shared, and the fastest
// iterations are the ones least disturbed by other work.
var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Min, StatisticColumn.Median);
if (!args.Any(a => a.Equals(Categories.Large, StringComparison.OrdinalIgnoreCase)))
{
    config = config.AddFilter(new SimpleFilter(b => !b.Descriptor.Categories.Contains(Categories.Large)));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
