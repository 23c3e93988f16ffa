
namespace Compliance.Cli.Baselines;

/// <summary>The comparison as the text and HTML reports state it: one sentence of counts, and one about the packs when they differ.</summary>
internal static class BaselineText
{
    public static string Counts(BaselineComparison baseline) =>
        $"{ValueText.Count(baseline.New)} new, {ValueText.Count(baseline.Unchanged)} unchanged ({ValueText.Count(baseline.SeverityChanged)} with another severity), "
        + $"{ValueText.Count(baseline.Resolved.Count)} resolved, {ValueText.Count(baseline.NotReaudited.Count)} not audited again";

    public static string? PackWarning(BaselineComparison baseline) => baseline.SamePack
        ? null
        : $"The baseline was audited with another rule pack ({baseline.Report.PackId} {baseline.Report.PackVersion}, sha256 {baseline.Report.PackSha256}): a change may come from the rules, not the records.";
}
