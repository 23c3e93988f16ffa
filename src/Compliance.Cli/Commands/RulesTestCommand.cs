using System.CommandLine;
using System.Globalization;
using Compliance.Cli.RuleTesting;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>compliance rules test &lt;dir-or-file&gt;… [--rules] [--format text|json|junit] [--coverage] [--threshold &lt;pct&gt;]</c>:
/// runs rule test files against the pack and reports failures and rule coverage.
/// </summary>
internal static class RulesTestCommand
{
    public const string FilePattern = "*.ruletest.json";

    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Rule test files, or folders searched recursively for *.ruletest.json.",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = CommonOptions.Rules();
        var format = FormatOption.Create("text (default), json, or junit (JUnit XML for CI).", "text", "json", "junit");
        var coverage = new Option<bool>("--coverage") { Description = "List, per rule, the tests in which it fired and those in which it passed." };
        var threshold = new Option<string?>("--threshold")
        {
            Description = "Exit 1 when rule coverage (the share of enabled record rules that fired in one test and passed in another) is below this percentage, compared unrounded.",
        };
        var command = new Command("test", """
            Run rule tests: records with the rules they must and must not fire (*.ruletest.json). Exit 1 when a test fails or coverage is below --threshold; 2 when a test file is invalid.

            Example:
              compliance rules test tests/rules --rules my-force-policy.json --coverage --threshold 100
              compliance rules test tests/rules --format junit > rule-tests.xml
            """)
        {
            paths, rules, format, coverage, threshold,
        };
        command.SetAction(parse =>
        {
            var errors = Consoles.Error(parse);
            decimal? minimum = null;
            if (parse.GetValue(threshold) is { } text)
            {
                if (!decimal.TryParse(text.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > 100)
                {
                    return Fail(errors, [$"--threshold: '{text}' is not a percentage from 0 to 100"]);
                }

                minimum = value;
            }

            if (!PackOption.TryLoad(parse.GetValue(rules), errors, out var pack))
            {
                return ExitCodes.UsageOrInputError;
            }

            var problems = new List<string>();
            var files = FindFiles(parse.GetValue(paths) ?? [], problems);
            if (problems.Count > 0)
            {
                return Fail(errors, problems);
            }

            var packs = new RuleTestPacks(pack);
            var reader = new RuleTestFileReader(packs);
            var invalid = new List<RuleTestProblem>();
            var tests = new List<RuleTest>();
            foreach (var (full, display) in files)
            {
                tests.AddRange(reader.Read(full, display, invalid) ?? []);
            }

            if (invalid.Count > 0)
            {
                return Fail(errors, invalid.Select(p => $"invalid rule test: {p}"));
            }

            var results = tests.Select(t => RuleTestRunner.Run(t, packs)).ToArray();
            var run = new RuleTestRun(pack, files.Select(f => f.Display).ToArray(), results, RuleCoverage.Of(pack, results), minimum, parse.GetValue(coverage));
            var output = parse.InvocationConfiguration.Output;
            switch (parse.GetValue(format))
            {
                case "json":
                    using (var buffer = new MemoryStream())
                    {
                        RuleTestJsonWriter.Write(buffer, run);
                        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                    }

                    break;
                case "junit":
                    RuleTestJUnitWriter.Write(output, run);
                    break;
                default:
                    RuleTestTextWriter.Write(output, run);
                    break;
            }

            return run.ExitCode;
        });
        return command;
    }

    /// <summary>The test files, each once, in the order given (a folder's files in ordinal order of their paths, so every run reads them alike).</summary>
    private static List<(string Full, string Display)> FindFiles(IReadOnlyList<string> paths, List<string> problems)
    {
        var files = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            IEnumerable<string> found;
            if (Directory.Exists(path))
            {
                found = Directory.EnumerateFiles(path, FilePattern, SearchOption.AllDirectories).Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToArray();
                if (!found.Any())
                {
                    problems.Add($"{path}: no {FilePattern} file in this folder or below");
                }
            }
            else if (File.Exists(path))
            {
                found = [Path.GetFullPath(path)];
            }
            else
            {
                problems.Add($"{path}: no such file or folder");
                continue;
            }

            foreach (var full in found.Where(seen.Add))
            {
                files.Add((full, Display(full)));
            }
        }

        return files;
    }

    /// <summary>A path as people read it: relative to the working directory when under it, else in full.</summary>
    private static string Display(string full)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }

    private static int Fail(IAnsiConsole errors, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            errors.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
        }

        return ExitCodes.UsageOrInputError;
    }
}
