using Compliance.Sampling.Studies;

// Longer statistical studies of the audit-sample estimators, too slow for the test suite:
//   coverage [designs] [seed]    exact coverage of the combined error-rate interval over random designs
//   recording [draws] [seed]     coverage of the recording-rate interval on regenerated populations
// Figures are in docs/audit-samples.md.
var study = args.FirstOrDefault() ?? "coverage";
var numbers = args.Skip(1).Select(int.Parse).ToArray();
return study switch
{
    "coverage" => ErrorRateCoverageStudy.Run(Console.Out, numbers.ElementAtOrDefault(0) is > 0 and var d ? d : 300, numbers.ElementAtOrDefault(1)),
    "recording" => RecordingCoverageStudy.Run(Console.Out, numbers.ElementAtOrDefault(0) is > 0 and var r ? r : 10_000, numbers.ElementAtOrDefault(1)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Compliance.Sampling.Studies coverage [designs] [seed] | recording [draws] [seed]");
    return 2;
}
