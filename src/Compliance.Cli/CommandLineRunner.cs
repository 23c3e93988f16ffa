using System.CommandLine;

namespace Compliance.Cli;

/// <summary>Runs the command line with the documented exit codes.</summary>
internal static class CommandLineRunner
{
    /// <summary>Prints the trace of an internal error on standard error as well as to its file.</summary>
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "On an internal error, print the full trace on standard error too.",
        Recursive = true,
    };

    /// <summary>
    /// Parses and invokes. A usage error (unknown option, missing argument) exits 2, not
    /// System.CommandLine's 1, which is reserved for findings; an exception nothing expected
    /// exits 3 with one line on standard error and a trace file, never 1 and never a stack dump.
    /// </summary>
    public static int Run(RootCommand root, string[] args, InvocationConfiguration? configuration = null)
    {
        if (!root.Options.Contains(Verbose))
        {
            root.Options.Add(Verbose);
        }

        var parse = root.Parse(args);
        var error = configuration?.Error ?? Console.Error;
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            error.WriteLine($"Run '{root.Name} {string.Join(' ', parse.CommandResult.Command.Name == root.Name ? [] : [parse.CommandResult.Command.Name])} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal));
            return ExitCodes.UsageOrInputError;
        }

        // Our own handling: the default prints a stack and exits 1; signals are Interruption's.
        configuration ??= new InvocationConfiguration();
        configuration.EnableDefaultExceptionHandler = false;
        configuration.ProcessTerminationTimeout = null;
        try
        {
            return parse.Invoke(configuration);
        }
        catch (OperationCanceledException) when (Interruption.ExitCode is { } signal)
        {
            return signal;
        }
        catch (Exception e)
        {
            return CrashReport.Handle(e, error, parse.GetValue(Verbose));
        }
    }
}
