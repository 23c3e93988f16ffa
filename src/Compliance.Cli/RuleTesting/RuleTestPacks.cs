using Compliance.Rules.Engine;
using Compliance.Rules.Packs;

namespace Compliance.Cli.RuleTesting;

/// <summary>
/// The packs and engines a run of rule tests needs: the pack given by <c>--rules</c> (with its
/// policy), and, for each test policy, the base pack with that policy instead. Each is loaded and
/// compiled once however many tests use it (an engine costs far more to build than a test to run).
/// </summary>
internal sealed class RuleTestPacks
{
    private readonly RulePack _base;
    private readonly Dictionary<string, RulePack> _withPolicy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IComplianceEngine> _engines = new(StringComparer.Ordinal);

    /// <param name="given">The pack <c>--rules</c> gave (the built-in pack when none).</param>
    public RuleTestPacks(RulePack given)
    {
        Given = given;

        // A test's policy replaces the one --rules gave: a policy given to --rules always extends
        // the built-in pack, so that is the pack the test's policy is applied to.
        _base = given.PolicySource is null ? given : RulePack.LoadBuiltIn();
    }

    /// <summary>The pack of the run: tests without a policy use it, and coverage counts its enabled record rules.</summary>
    public RulePack Given { get; }

    /// <summary>The pack a test runs with: the given pack, or the base pack with the test's policy.</summary>
    /// <exception cref="RulePackException">The policy is not valid for the pack.</exception>
    /// <exception cref="IOException">The policy cannot be read.</exception>
    public RulePack PackFor(string? policyPath)
    {
        if (policyPath is null)
        {
            return Given;
        }

        if (!_withPolicy.TryGetValue(policyPath, out var pack))
        {
            pack = _base.WithPolicy(RulePolicy.Load(policyPath));
            _withPolicy[policyPath] = pack;
        }

        return pack;
    }

    public IComplianceEngine EngineFor(string? policyPath)
    {
        var key = policyPath ?? string.Empty;
        if (!_engines.TryGetValue(key, out var engine))
        {
            engine = ComplianceEngine.Create(PackFor(policyPath));
            _engines[key] = engine;
        }

        return engine;
    }
}
