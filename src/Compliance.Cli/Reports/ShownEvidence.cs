using Compliance.Rules.Engine;

namespace Compliance.Cli.Reports;

/// <summary>
/// The evidence a report or an explanation shows for a finding: its evidence, followed by the evidence
/// its rule declares as free text only when free text was asked for (<c>--include-text</c>). Without
/// it, free-text evidence is left out altogether (no placeholder value): a reader's tools see the same
/// keys as in any report that holds none.
/// </summary>
internal static class ShownEvidence
{
    public static IReadOnlyCollection<KeyValuePair<string, object?>> Of(Finding finding, bool includeText)
    {
        if (!includeText || finding.FreeTextEvidence.Count == 0)
        {
            return finding.Evidence;
        }

        // A rule's evidence names are unique, so the two parts never share a key.
        var shown = new List<KeyValuePair<string, object?>>(finding.Evidence.Count + finding.FreeTextEvidence.Count);
        shown.AddRange(finding.Evidence);
        shown.AddRange(finding.FreeTextEvidence);
        return shown;
    }
}
