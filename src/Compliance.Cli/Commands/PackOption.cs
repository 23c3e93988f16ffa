using System.Diagnostics.CodeAnalysis;
using Compliance.Rules.Packs;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary>Loads what <c>--rules</c> names and prints every problem when it cannot.</summary>
internal static class PackOption
{
    public static bool TryLoad(string? path, IAnsiConsole errors, [NotNullWhen(true)] out RulePack? pack, string? displayName = null)
    {
        pack = null;
        try
        {
            pack = path is null ? RulePack.LoadBuiltIn() : RulePack.LoadPackOrPolicy(path);
            return true;
        }
        catch (RulePackException e)
        {
            errors.MarkupLine($"[red]invalid[/] {Markup.Escape(displayName ?? path ?? "built-in pack")}: {e.Errors.Count} problem(s)");
            foreach (var error in e.Errors)
            {
                errors.WriteLine("  " + error);
            }

            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.MarkupLine($"[red]error:[/] cannot read {Markup.Escape(path ?? string.Empty)}: {Markup.Escape(e.Message)}");
            return false;
        }
    }
}
