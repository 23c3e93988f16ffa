using System.Globalization;
using System.Text;

namespace Compliance.Benchmarks.Analyzer;

/// <summary>
/// A generated host system of <see cref="FileCount"/> C# files for the analyzer suite: one file of
/// marked members (a <c>[ReclassifiesRecord]</c> service, request types with
/// <c>[JustificationField]</c>s, grounds with <c>[InsufficientGrounds]</c>) and handler files that
/// mix ordinary code (LINQ, string formatting, records, pattern matching) with classification
/// changes, one in ten of them faulty (null, placeholder or retraction-only justification, a
/// status set without its reason) so the analyzer has work to report.
/// </summary>
public static class GeneratedHost
{
    /// <summary>How many files the host has.</summary>
    public const int FileCount = 1000;

    /// <summary>The host's files: a path and the C# text of each.</summary>
    /// <returns>The files.</returns>
    /// <param name="count">How many files (the suite's smoke run uses fewer).</param>
    public static IReadOnlyList<(string Path, string Text)> Files(int count = FileCount)
    {
        var files = new List<(string, string)>(count) { ("Host/Marked.cs", Marked) };
        for (var i = 1; i < count; i++)
        {
            files.Add(($"Host/Handlers/Handler{i:D4}.cs", Handler(i)));
        }

        return files;
    }

    /// <summary>The diagnostics the analyzers should report on a host of <paramref name="count"/> files, by id.</summary>
    /// <param name="count">How many files.</param>
    /// <returns>Expected counts: null reason and status without reason (CMP001), placeholder (CMP002), retraction only (CMP003).</returns>
    public static IReadOnlyDictionary<string, int> PlantedFaults(int count = FileCount)
    {
        var kinds = Enumerable.Range(1, count - 1).Where(i => i % 10 == 0).Select(i => i % 40).ToArray();
        return new Dictionary<string, int>
        {
            ["CMP001"] = kinds.Count(k => k is 0 or 30),
            ["CMP002"] = kinds.Count(k => k == 10),
            ["CMP003"] = kinds.Count(k => k == 20),
        };
    }

    private const string Marked = """
        using System;
        using System.Collections.Generic;
        using Compliance.Rules.Annotations;

        namespace Host.Rms;

        public enum Grounds
        {
            Cctv,
            Forensic,
            IndependentWitness,
            [InsufficientGrounds] VictimRetraction,
            [InsufficientGrounds] OfficerOpinion,
        }

        public sealed class ChangeRequest
        {
            [JustificationField] public string? Reason { get; set; }
            [JustificationField] public string? AuthorisedBy { get; set; }
            [JustificationField] public IReadOnlyList<Grounds>? Grounds { get; set; }
            public DateTimeOffset At { get; set; }
        }

        public sealed class Crime
        {
            public string Id { get; set; } = "";
            public string Code { get; set; } = "";
            [ReclassifiesRecord(nameof(StatusReason))] public string? Status { get; set; }
            public string? StatusReason { get; set; }
            public List<string> Notes { get; } = new();
        }

        public static class CrimeService
        {
            [ReclassifiesRecord]
            public static void Reclassify(Crime crime, string code, [JustificationField] string? reason, [JustificationField] string? authorisedBy)
            {
                crime.Notes.Add($"{crime.Code} -> {code}: {reason} ({authorisedBy})");
                crime.Code = code;
            }

            [ReclassifiesRecord]
            public static void Cancel(Crime crime, ChangeRequest request)
            {
                crime.Notes.Add($"cancelled at {request.At:O}: {request.Reason}");
            }
        }
        """;

    private static string Handler(int i)
    {
        var code = new StringBuilder();
        code.Append(CultureInfo.InvariantCulture, $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace Host.Rms.Handlers;

            public sealed record Case{{i}}(string Id, int Priority, DateTimeOffset Opened, IReadOnlyList<string> Tags);

            public sealed class Handler{{i}}
            {
                private readonly Dictionary<string, Case{{i}}> _cases = new();

                public int Count => _cases.Count;

                public void Add(Case{{i}} item) => _cases[item.Id] = item;

                public IEnumerable<string> Urgent(DateTimeOffset now) =>
                    _cases.Values
                        .Where(c => c.Priority > {{i % 5}} && now - c.Opened > TimeSpan.FromHours({{24 + i % 48}}))
                        .OrderBy(c => c.Opened)
                        .Select(c => $"{c.Id} ({c.Priority}) {string.Join(",", c.Tags)}");

                public string Describe(Case{{i}} item) => item switch
                {
                    { Priority: > 3 } => "high",
                    { Tags.Count: 0 } => "untagged",
                    _ => item.Id.ToUpperInvariant(),
                };

                public void Reclassify(Crime crime, string officer)
                {
                    CrimeService.Reclassify(crime, "{{i % 120}}A", "new information from witness statement {{i}}", officer);
                }

                public void Cancel(Crime crime, string officer, DateTimeOffset at)
                {
                    var request = new ChangeRequest { Reason = "duplicate of an earlier record", AuthorisedBy = officer, Grounds = new[] { Grounds.Cctv }, At = at };
                    CrimeService.Cancel(crime, request);
                }

            """);
        if (i % 10 == 0)
        {
            code.Append(Faulty(i % 40));
        }

        code.Append("}\n");
        return code.ToString();
    }

    private static string Faulty(int kind) => kind switch
    {
        0 => """
                public void Faulty(Crime crime) => CrimeService.Reclassify(crime, "8N", null, "OFF-1");

            """,
        10 => """
                public void Faulty(Crime crime) => CrimeService.Reclassify(crime, "8N", "n/a", "OFF-1");

            """,
        20 => """
                public void Faulty(Crime crime) =>
                    CrimeService.Cancel(crime, new ChangeRequest { Reason = "victim withdrew", AuthorisedBy = "OFF-2", Grounds = new[] { Grounds.VictimRetraction } });

            """,
        _ => """
                public void Faulty(Crime crime) => crime.Status = "CANCELLED";

            """,
    };
}
