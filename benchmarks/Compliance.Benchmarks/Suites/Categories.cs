namespace Compliance.Benchmarks.Suites;

/// <summary>Benchmark categories, for <c>--anyCategories</c> / <c>--allCategories</c>.</summary>
internal static class Categories
{
    public const string Engine = "Engine";
    public const string Peers = "Peers";
    public const string Pipeline = "Pipeline";
    public const string Analyzer = "Analyzer";
    public const string Parsing = "Parsing";

    /// <summary>Too slow or too large for the default run on a 2-core machine; run with <c>--anyCategories Large</c>.</summary>
    public const string Large = "Large";
}
