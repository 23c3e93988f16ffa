using System.Text;

namespace Compliance.Rules.Sampling;

/// <summary>Reads verdicts written as JSON Lines: one object per line, blank lines skipped, every problem with its line and JSON path.</summary>
public static class VerdictLines
{
    private static readonly string[] Keys =
    [
        "planId", "itemKey", "reviewerRef", "reviewedAt", "decisionCorrect", "errorReasons", "victimInformed",
        "shouldHaveBeenRecorded", "recorded", "correctlyRecorded", "final", "blind", "remedialAction", "remedialRecordRef",
    ];

    /// <summary>Reads a file's verdicts.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="source">Its name.</param>
    /// <param name="problems">Receives every problem (the verdicts on those lines are left out).</param>
    /// <returns>The valid verdicts.</returns>
    public static IReadOnlyList<Verdict> Read(ReadOnlyMemory<byte> bytes, string source, List<SamplingProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var verdicts = new List<Verdict>();
        var span = JsonChecker.WithoutByteOrderMark(bytes);

        long line = 0;
        while (span.Length > 0)
        {
            line++;
            var end = span.Span.IndexOf((byte)'\n');
            var text = end < 0 ? span : span[..end];
            span = end < 0 ? ReadOnlyMemory<byte>.Empty : span[(end + 1)..];
            if (text.Span.Trim(" \t\r"u8).Length == 0)
            {
                continue;
            }

            using var document = JsonChecker.Parse(text, source, line, problems);
            if (document is null)
            {
                continue;
            }

            var check = new JsonChecker(source, null, line);
            var root = document.RootElement;
            if (!check.Object(root, "$", Keys))
            {
                problems.AddRange(check.Problems);
                continue;
            }

            var fields = new VerdictFields
            {
                PlanId = check.String(root, "$", "planId"),
                ItemKey = check.String(root, "$", "itemKey"),
                ReviewerRef = check.String(root, "$", "reviewerRef"),
                ReviewedAt = check.Timestamp(root, "$", "reviewedAt"),
                DecisionCorrect = check.Boolean(root, "$", "decisionCorrect"),
                ErrorReasons = check.Strings(root, "$", "errorReasons"),
                VictimInformed = check.Boolean(root, "$", "victimInformed"),
                ShouldHaveBeenRecorded = check.Integer(root, "$", "shouldHaveBeenRecorded"),
                Recorded = check.Integer(root, "$", "recorded"),
                CorrectlyRecorded = check.Integer(root, "$", "correctlyRecorded"),
                Final = check.Boolean(root, "$", "final"),
                Blind = check.Boolean(root, "$", "blind"),
                RemedialAction = check.String(root, "$", "remedialAction"),
                RemedialRecordRef = check.String(root, "$", "remedialRecordRef"),
            };
            if (check.Problems.Count > 0)
            {
                problems.AddRange(check.Problems);
                continue;
            }

            var isIncident = fields.ItemKey?.StartsWith("incident:", StringComparison.Ordinal) == true;
            if (VerdictBuilder.Build(fields, isIncident, source, line, (field, message) => problems.Add(new SamplingProblem(source, "$." + field, message, line))) is { } verdict)
            {
                verdicts.Add(verdict);
            }
        }

        return verdicts;
    }

    /// <summary>Reads a file's verdicts as text (tests and small tools).</summary>
    /// <param name="text">The JSON Lines.</param>
    /// <param name="source">A name.</param>
    /// <param name="problems">Receives every problem.</param>
    /// <returns>The valid verdicts.</returns>
    public static IReadOnlyList<Verdict> Read(string text, string source, List<SamplingProblem> problems) =>
        Read(Encoding.UTF8.GetBytes(text ?? string.Empty), source, problems);
}
