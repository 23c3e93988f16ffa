using Compliance.Rules.Packs;

namespace Compliance.Rules.Engine;

/// <summary>Builds engines.</summary>
public static class ComplianceEngine
{
    /// <summary>
    /// Builds an engine for a pack (and optionally a policy). Compiles the rules into one NRules
    /// session factory: do it once and share the engine across threads.
    /// </summary>
    /// <param name="pack">The pack (for example <see cref="RulePack.LoadBuiltIn"/>).</param>
    /// <param name="policy">A policy to apply first, if any.</param>
    /// <returns>The engine.</returns>
    /// <exception cref="RulePackException">The policy does not fit the pack.</exception>
    public static IComplianceEngine Create(RulePack pack, RulePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return new NRulesComplianceEngine(policy is null ? pack : pack.WithPolicy(policy));
    }

    /// <summary>Builds an engine for the built-in pack.</summary>
    /// <returns>The engine.</returns>
    public static IComplianceEngine CreateBuiltIn() => Create(RulePack.LoadBuiltIn());
}
