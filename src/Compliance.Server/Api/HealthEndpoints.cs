using System.Globalization;
using Compliance.Rules.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Compliance.Server.Api;

/// <summary>
/// <c>/healthz</c> (liveness: 200 whenever the process answers, with Degraded in the body after a
/// failed reload) and <c>/readyz</c> (readiness: 200 once a pack is loaded and compiled and until
/// shutdown begins, so a load balancer stops sending while requests drain).
/// </summary>
internal static class HealthEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/healthz", async (HealthCheckService health) =>
            {
                var answer = await Check(health);
                return Results.Json(answer, ServerJsonContext.Default.HealthAnswer);
            })
            .WithName("Liveness")
            .WithSummary("Liveness, with the loaded pack; Degraded when a reload failed.")
            .Produces<HealthAnswer>();

        app.MapGet("/readyz", async (HealthCheckService health, IHostApplicationLifetime lifetime) =>
            {
                var answer = await Check(health);
                var ready = lifetime.ApplicationStarted.IsCancellationRequested && !lifetime.ApplicationStopping.IsCancellationRequested;
                return Results.Json(answer, ServerJsonContext.Default.HealthAnswer, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            })
            .WithName("Readiness")
            .WithSummary("Readiness: a pack is loaded and compiled, and the server is not shutting down.")
            .Produces<HealthAnswer>()
            .Produces<HealthAnswer>(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<HealthAnswer> Check(HealthCheckService health)
    {
        var report = await health.CheckHealthAsync(entry => entry.Name == ComplianceRulesServiceCollectionExtensions.HealthCheckName);
        var entry = report.Entries[ComplianceRulesServiceCollectionExtensions.HealthCheckName];
        var data = entry.Data.ToDictionary(
            d => d.Key,
            d => d.Value is string[] list ? string.Join("\n", list) : Convert.ToString(d.Value, CultureInfo.InvariantCulture) ?? string.Empty,
            StringComparer.Ordinal);
        return new HealthAnswer(entry.Status.ToString(), entry.Description, data);
    }
}
