using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using Compliance.Benchmarks.Suites;

// Pick suites with --filter or --anyCategories (Engine, Peers, Pipeline, Analyzer, Parsing; Large only
// when asked for by name). '--job dry --inProcess' is the smoke run of .ci/checks/benchmarks-dry.sh.
var config = DefaultConfig.Instance;
if (!args.Any(a => a.Equals(Categories.Large, StringComparison.OrdinalIgnoreCase)))
{
    config = config.AddFilter(new SimpleFilter(b => !b.Descriptor.Categories.Contains(Categories.Large)));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
