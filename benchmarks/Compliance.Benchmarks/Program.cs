using BenchmarkDotNet.Running;

// Pick suites with --filter; '--job dry' is the smoke run .ci/run uses.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
