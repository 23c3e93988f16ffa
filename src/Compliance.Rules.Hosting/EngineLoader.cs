using System.Diagnostics;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;

namespace Compliance.Rules.Hosting;

/// <summary>Loads the pack and policy the options name, and compiles an engine from them.</summary>
internal static class EngineLoader
{
    /// <summary>Loads and checks the pack (with its policy): every problem is listed, nothing is compiled.</summary>
    /// <exception cref="RulePackException">The pack or policy is invalid, or a file cannot be read.</exception>
    public static RulePack LoadPack(ComplianceRulesOptions options)
    {
        var pack = options.PackPath is { Length: > 0 } packPath ? Read(packPath, RulePack.Load) : RulePack.LoadBuiltIn();
        if (options.PolicyPath is { Length: > 0 } policyPath)
        {
            pack = pack.WithPolicy(Read(policyPath, RulePolicy.Load));
        }

        return pack;
    }

    /// <summary>Loads the pack and compiles its engine, timing the compilation.</summary>
    /// <exception cref="RulePackException">The pack or policy is invalid, or a file cannot be read.</exception>
    public static EngineSnapshot Load(ComplianceRulesOptions options, DateTimeOffset now)
    {
        var pack = LoadPack(options);
        var started = Stopwatch.GetTimestamp();
        var engine = ComplianceEngine.Create(pack);
        return new EngineSnapshot(engine, now, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Reads a file, turning an I/O failure into a pack problem so that start-up and reload report
    /// it the same way (a missing file is the commonest mistake in a deployment).
    /// </summary>
    private static T Read<T>(string path, Func<string, T> load)
    {
        try
        {
            return load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RulePackException([new PackError(Path.GetFileName(path), "$", $"cannot read {path}: {e.GetType().Name}")]);
        }
    }
}
