using System.Globalization;
using System.Text;
using Compliance.Rules.Records;

namespace Compliance.Rules.Sampling;

/// <summary>
/// The reviewers' worksheet: one row per drawn item in selection order, <c>planId</c>,
/// <c>itemKey</c>, <c>stratumId</c> and <c>rank</c> filled in, the verdict columns empty. Blind by
/// default — the tool's findings are a column only when asked for, because a reviewer who sees
/// them confirms them more often, and their confirmation rate is what rule precision measures.
/// Read back (<see cref="Read"/>) after it was filled in a spreadsheet.
/// </summary>
public static class Worksheet
{
    /// <summary>The verdict columns, in order.</summary>
    public static readonly IReadOnlyList<string> VerdictColumns =
    [
        "reviewerRef", "reviewedAt", "decisionCorrect", "errorReasons", "victimInformed", "shouldHaveBeenRecorded",
        "recorded", "correctlyRecorded", "final", "remedialAction", "remedialRecordRef",
    ];

    // Columns the reader accepts and ignores: what the tool prefilled for the reviewer, and a
    // notes column for the reviewer's own use (free text never enters a report).
    private static readonly string[] IgnoredColumns = ["stratumId", "rank", "findings", "notes"];

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Writes the worksheet (UTF-8 with a byte-order mark, so spreadsheets open it as UTF-8; CRLF rows).</summary>
    /// <param name="output">The stream.</param>
    /// <param name="sample">The sample (its <see cref="Sample.Blind"/> decides whether findings are shown).</param>
    public static void Write(Stream output, Sample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        using var writer = new StreamWriter(output, new UTF8Encoding(true), leaveOpen: true);
        string[] header = ["planId", "itemKey", "stratumId", "rank", .. sample.Blind ? Array.Empty<string>() : ["findings"], .. VerdictColumns];
        WriteRow(writer, header);
        foreach (var item in sample.Items)
        {
            string[] prefilled = [sample.PlanId, item.ItemKey, item.StratumId, item.Rank.ToString(CultureInfo.InvariantCulture)];
            WriteRow(writer, [.. prefilled, .. sample.Blind ? Array.Empty<string>() : [string.Join('|', item.Findings)], .. VerdictColumns.Select(_ => string.Empty)]);
        }
    }

    /// <summary>Reads a filled worksheet back as verdicts. Rows whose verdict columns are all empty are items not yet reviewed.</summary>
    /// <param name="bytes">The file (UTF-8, with or without a byte-order mark).</param>
    /// <param name="source">Its name.</param>
    /// <param name="problems">Receives every problem, with row and column.</param>
    /// <returns>The valid verdicts.</returns>
    public static IReadOnlyList<Verdict> Read(ReadOnlyMemory<byte> bytes, string source, List<SamplingProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var text = new UTF8Encoding(false).GetString(bytes.Span);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var firstLine = text.AsSpan()[..Math.Max(0, text.AsSpan().IndexOfAny('\r', '\n') is var cut and >= 0 ? cut : text.Length)];
        var separator = firstLine.Contains(';') && !firstLine.Contains(',') ? ';' : ',';
        var rows = CsvText.Parse(text, separator);
        if (rows.Count == 0)
        {
            problems.Add(new SamplingProblem(source, "header", "the worksheet is empty", 1));
            return [];
        }

        var header = rows[0].Fields.Select(h => CsvText.Unguard(h.Trim())).ToArray();
        var before = problems.Count;
        for (var c = 0; c < header.Length; c++)
        {
            if (header[c] is not ("planId" or "itemKey" or "blind") && !VerdictColumns.Contains(header[c]) && !IgnoredColumns.Contains(header[c]))
            {
                problems.Add(new SamplingProblem(source, header[c], $"unknown column \"{header[c]}\"", rows[0].Line, c + 1));
            }
            else if (Array.IndexOf(header, header[c]) != c)
            {
                problems.Add(new SamplingProblem(source, header[c], $"the column \"{header[c]}\" appears twice", rows[0].Line, c + 1));
            }
        }

        foreach (var required in new[] { "planId", "itemKey" })
        {
            if (Array.IndexOf(header, required) < 0)
            {
                problems.Add(new SamplingProblem(source, required, $"the worksheet has no \"{required}\" column", rows[0].Line));
            }
        }

        if (problems.Count > before)
        {
            return [];
        }

        var verdicts = new List<Verdict>();
        foreach (var (line, raw) in rows.Skip(1))
        {
            if (raw.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (raw.Count > header.Length && raw.Skip(header.Length).Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                problems.Add(new SamplingProblem(source, "row", $"the row has {raw.Count} cells but the header {header.Length}", line, header.Length + 1));
                continue;
            }

            string Cell(string column)
            {
                var index = Array.IndexOf(header, column);
                return index >= 0 && index < raw.Count ? CsvText.Unguard(raw[index].Trim()) : string.Empty;
            }

            var verdictCells = header.Where(h => VerdictColumns.Contains(h) || h == "blind").ToArray();
            if (verdictCells.All(h => Cell(h).Length == 0))
            {
                continue; // not yet reviewed
            }

            var rowProblems = new List<SamplingProblem>();
            void Error(string column, string message) =>
                rowProblems.Add(new SamplingProblem(source, column, message, line, Array.IndexOf(header, column) is var i and >= 0 ? i + 1 : null));

            var fields = new VerdictFields
            {
                PlanId = Text(Cell("planId")),
                ItemKey = Text(Cell("itemKey")),
                ReviewerRef = Text(Cell("reviewerRef")),
                ReviewedAt = Timestamp(Cell("reviewedAt"), m => Error("reviewedAt", m)),
                DecisionCorrect = Boolean(Cell("decisionCorrect"), m => Error("decisionCorrect", m)),
                ErrorReasons = Cell("errorReasons") is { Length: > 0 } list ? [.. list.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : null,
                VictimInformed = Boolean(Cell("victimInformed"), m => Error("victimInformed", m)),
                ShouldHaveBeenRecorded = Count(Cell("shouldHaveBeenRecorded"), m => Error("shouldHaveBeenRecorded", m)),
                Recorded = Count(Cell("recorded"), m => Error("recorded", m)),
                CorrectlyRecorded = Count(Cell("correctlyRecorded"), m => Error("correctlyRecorded", m)),
                Final = Boolean(Cell("final"), m => Error("final", m)),
                Blind = Boolean(Cell("blind"), m => Error("blind", m)),
                RemedialAction = Text(Cell("remedialAction"))?.ToUpperInvariant(),
                RemedialRecordRef = Text(Cell("remedialRecordRef")),
            };
            if (rowProblems.Count == 0)
            {
                var isIncident = fields.ItemKey?.StartsWith("incident:", StringComparison.Ordinal) == true;
                if (VerdictBuilder.Build(fields, isIncident, source, line, Error) is { } verdict)
                {
                    verdicts.Add(verdict);
                }
            }

            problems.AddRange(rowProblems);
        }

        return verdicts;
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(CsvText.Field)));
        writer.Write("\r\n");
    }

    private static string? Text(string cell) => cell.Length == 0 ? null : cell;

    private static bool? Boolean(string cell, Action<string> error)
    {
        switch (cell.ToUpperInvariant())
        {
            case "":
                return null;
            case "TRUE" or "YES":
                return true;
            case "FALSE" or "NO":
                return false;
            default:
                error($"\"{cell}\" is not TRUE, FALSE, yes or no");
                return null;
        }
    }

    private static long? Count(string cell, Action<string> error)
    {
        if (cell.Length == 0)
        {
            return null;
        }

        if (!long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error($"\"{cell}\" is not a whole number of crimes");
            return null;
        }

        return count;
    }

    private static DateTimeOffset? Timestamp(string cell, Action<string> error)
    {
        if (cell.Length == 0)
        {
            return null;
        }

        if (StrictTimestampConverter.TryParse(cell, out var instant))
        {
            return instant;
        }

        // A spreadsheet writes local dates and times without an offset: they are London's.
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];
        if (!DateTime.TryParseExact(cell, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            error($"\"{cell}\" is not a time (ISO 8601 with an offset, or YYYY-MM-DD[ HH:MM] in Europe/London)");
            return null;
        }

        if (London.IsInvalidTime(local))
        {
            error($"\"{cell}\" does not exist in Europe/London (the clocks went forward)");
            return null;
        }

        // An hour that happens twice when the clocks go back is read as the first (summer time).
        var offset = London.IsAmbiguousTime(local) ? London.GetAmbiguousTimeOffsets(local).Max() : London.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
