using System.CommandLine;
using Compliance.Cli.Commands;

namespace Compliance.Cli.Tests.Fixtures;

/// <summary>Runs any command of the tool in-process with captured output, through the same runner as Program.cs, with a fixed clock.</summary>
internal static class CommandRunner
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var root = new RootCommand
        {
            RulesCommand.Create(),
            ExplainCommand.Create(() => CliRunner.Clock),
            SchemaCommand.Create(),
        };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLineRunner.Run(root, args, new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
