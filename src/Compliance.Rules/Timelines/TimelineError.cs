namespace Compliance.Rules.Timelines;

/// <summary>A problem in a timeline as written, with its JSON path.</summary>
/// <param name="Path">JSON path, e.g. <c>$.timelines.countingRules[1].from</c>.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record TimelineError(string Path, string Message);
