using System.CommandLine;

namespace Compliance.Cli;

/// <summary>Runs the command line with the documented exit codes (<see cref="ExitCodes"/>).</summary>
internal static class CommandLineRunner
{
    /// <summary>Parses and invokes; a usage error (unknown option, missing argument) exits 2, not System.CommandLine's 1, which the tool reserves for findings.</summary>
    public static int Run(RootCommand root, string[] args, InvocationConfiguration? configuration = null)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var error = configuration?.Error ?? Console.Error;
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            error.WriteLine($"Run '{root.Name} {string.Join(' ', parse.CommandResult.Command.Name == root.Name ? [] : [parse.CommandResult.Command.Name])} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal));
            return ExitCodes.UsageOrInputError;
        }

        return configuration is null ? parse.Invoke() : parse.Invoke(configuration);
    }
}
