using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Compliance.Rules.Hosting.Tests;

/// <summary>Builds a real generic host with the rules registered from in-memory configuration, and waits on it.</summary>
internal static class TestHost
{
    public static IHost Build(IDictionary<string, string?> configuration, Action<ComplianceRulesOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddFakeLogging();
        builder.Services.AddComplianceRules(configure);
        return builder.Build();
    }

    public static FakeLogCollector Logs(this IHost host) => host.Services.GetRequiredService<FakeLogCollector>();

    public static async Task<HealthReport> Health(this IHost host) =>
        await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    /// <summary>Polls the health check until it reports <paramref name="status"/> (reloads run on a file watcher, after a delay).</summary>
    public static async Task<HealthReport> WaitForHealth(this IHost host, HealthStatus status, Func<HealthReport, bool>? also = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        HealthReport report;
        do
        {
            report = await host.Health();
            if (report.Status == status && (also is null || also(report)))
            {
                return report;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"health stayed {report.Status}, expected {status}");
    }
}
