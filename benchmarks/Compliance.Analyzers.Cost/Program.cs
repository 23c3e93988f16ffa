using System.Globalization;
using Compliance.Analyzers.Cost;

// Usage:
//   dotnet run -c Release --project benchmarks/Compliance.Analyzers.Cost -- measure [files=1000] [iterations=5] [scenario index]
//   dotnet run -c Release --project benchmarks/Compliance.Analyzers.Cost -- write <directory> [files=1000] [compliant|wrong|unmarked]
const int Seed = 20_090_701;
var mode = args.Length > 0 ? args[0] : "measure";
if (mode == "write")
{
    var directory = args.Length > 1 ? args[1] : throw new ArgumentException("write needs a directory");
    var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
    var kind = args.Length > 3 ? args[3] : "compliant";
    foreach (var (name, text) in Scenario.FilesForPackageHost(count, Seed, kind))
    {
        var path = Path.Combine(directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    Console.WriteLine($"wrote {count} generated files ({kind}) and Model.cs to {directory}");
    return 0;
}

var files = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
var iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var only = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : -1;
Console.WriteLine($"{files} generated files, 4 methods each; minimum of {iterations} fresh compilations; {Environment.ProcessorCount} cores");
Console.WriteLine("scenario | files | findings | wall ms: compiler / + empty analyzer / + ComplianceAnalyzer (delta) | CPU ms: compiler / + empty / + ComplianceAnalyzer (delta) | summed callbacks ms");
foreach (var scenario in Scenario.All(files, Seed).Where((_, i) => only < 0 || i == only))
{
    var r = await Measurement.RunAsync(scenario, iterations);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{r.Scenario} | {r.Files} | {r.Findings} | {r.CompilerMs:F0} / {r.EmptyAnalyzerMs:F0} / {r.ComplianceAnalyzerMs:F0} ({Delta(r.ComplianceAnalyzerMs, r.EmptyAnalyzerMs)}) | {r.CompilerCpuMs:F0} / {r.EmptyAnalyzerCpuMs:F0} / {r.ComplianceAnalyzerCpuMs:F0} ({Delta(r.ComplianceAnalyzerCpuMs, r.EmptyAnalyzerCpuMs)}) | {r.CallbackMs:F0}"));
}

return 0;

static string Delta(double value, double baseline) =>
    string.Create(CultureInfo.InvariantCulture, $"{value - baseline:+0;-0} ms, {(value - baseline) / baseline:+0.0%;-0.0%}");
