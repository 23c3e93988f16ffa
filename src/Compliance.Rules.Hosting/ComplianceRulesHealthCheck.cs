using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Compliance.Rules.Hosting;

/// <summary>
/// Reports the pack that serves calls (id, version, sha256, when loaded). Degraded while the last
/// reload failed: the old engine still answers correctly, so the host stays ready, but someone has
/// to fix the file.
/// </summary>
internal sealed class ComplianceRulesHealthCheck(EngineSource source) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = source.Current;
        var pack = snapshot.Engine.Pack;
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["packId"] = pack.Id,
            ["packVersion"] = pack.Version,
            ["packSha256"] = pack.Sha256,
            ["loadedAt"] = snapshot.LoadedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (pack.PolicySource is { } policy)
        {
            data["policy"] = policy;
        }

        if (source.LastFailure is { } failure)
        {
            data["reloadFailedAt"] = failure.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            data["reloadProblems"] = failure.Problems.Select(p => p.ToString()).ToArray();
            return Task.FromResult(HealthCheckResult.Degraded($"reload failed with {failure.Problems.Count} problem(s); rule pack {pack.Id} {pack.Version} keeps serving", data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"rule pack {pack.Id} {pack.Version} loaded", data));
    }
}
