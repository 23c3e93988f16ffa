using System.CommandLine;
using System.Text;
using Compliance.Rules.Packs;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>compliance rules docs --output &lt;dir&gt; [--rules]</c>: writes the Markdown pages of the active pack
/// (<see cref="RuleDocumentation"/>): an index, the timelines, one page per rule. The repository's
/// <c>docs/rules/</c> is this command's output for the built-in pack (<c>eng/docs.sh</c>), and
/// <c>.ci/checks/docs-fresh.sh</c> fails when it is stale.
/// </summary>
internal static class RulesDocsCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var rulesOption = CommonOptions.Rules();
        var outputOption = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The directory to write the pages to (created when missing; the pack's pages are overwritten, other files left alone).",
            Required = true,
        };
        var command = new Command("docs", """
            Write the documentation of the active pack as Markdown: an index (README.md), the timelines with their sources (timelines.md) and one page per rule (<ID>.md) with its requirements, condition, evidence, parameters and timeline entries.

            Example:
              compliance rules docs --output docs/rules --rules my-force-policy.json
            """)
        {
            outputOption, rulesOption,
        };
        command.SetAction(parse =>
        {
            var errors = Consoles.Error(parse);
            if (!PackOption.TryLoad(parse.GetValue(rulesOption), errors, out var pack))
            {
                return ExitCodes.UsageOrInputError;
            }

            var directory = parse.GetValue(outputOption)!;
            try
            {
                directory.Create();
                var pages = RuleDocumentation.Generate(pack);
                foreach (var (name, text) in pages)
                {
                    File.WriteAllText(Path.Combine(directory.FullName, name), text, Utf8);
                }

                parse.InvocationConfiguration.Output.WriteLine($"{pages.Count} pages written to {directory.FullName}");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.MarkupLine($"[red]error:[/] {Markup.Escape(directory.FullName)}: cannot write: {Markup.Escape(e.Message)}");
                return ExitCodes.UsageOrInputError;
            }
        });
        return command;
    }
}
