using Compliance.Rules.Engine;
using Compliance.Rules.Hosting.Contracts;

namespace Compliance.Rules.Hosting;

/// <summary>One compiled engine and when it was loaded. A call takes one snapshot and uses only it.</summary>
/// <param name="Engine">The engine.</param>
/// <param name="LoadedAt">When it was swapped in.</param>
/// <param name="CompileTime">How long compiling its rules took.</param>
internal sealed record EngineSnapshot(IComplianceEngine Engine, DateTimeOffset LoadedAt, TimeSpan CompileTime)
{
    /// <summary>The identity results carry.</summary>
    public RulePackIdentity Identity { get; } = new(Engine.Pack.Id, Engine.Pack.Version, Engine.Pack.Sha256, Engine.Pack.PolicySource);
}
