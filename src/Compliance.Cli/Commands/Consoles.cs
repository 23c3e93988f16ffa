using System.CommandLine;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary>Spectre consoles over the invocation's output and error writers (so tests can capture them).</summary>
internal static class Consoles
{
    public static IAnsiConsole Out(ParseResult parse) => Create(parse.InvocationConfiguration.Output, Console.IsOutputRedirected);

    public static IAnsiConsole Error(ParseResult parse) => Create(parse.InvocationConfiguration.Error, Console.IsErrorRedirected);

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var isConsole = ReferenceEquals(writer, Console.Out) || ReferenceEquals(writer, Console.Error);
        var interactive = isConsole && !redirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Files and pipes have no width: do not wrap error lines and tables at 80 columns.
            console.Profile.Width = 240;
        }

        return console;
    }
}
