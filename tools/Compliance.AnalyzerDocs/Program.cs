using Compliance.AnalyzerDocs;

// Usage: Compliance.AnalyzerDocs <docs/analyzers directory>
// Rewrites the generated part of each CMPxxx.md and of README.md; the hand-written prose stays.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Compliance.AnalyzerDocs <docs/analyzers directory>");
    return 2;
}

var problems = AnalyzerPages.Update(args[0], AnalyzerCatalog.Read());
foreach (var problem in problems)
{
    Console.Error.WriteLine($"analyzer docs: {problem}");
}

return problems.Count == 0 ? 0 : 1;
