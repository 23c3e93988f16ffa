using Compliance.Rules.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Compliance.Rules.Hosting;

/// <summary>Registers the crime-recording rules in a host.</summary>
public static class ComplianceRulesServiceCollectionExtensions
{
    /// <summary>The name of the health check the registration adds.</summary>
    public const string HealthCheckName = "compliance-rules";

    /// <summary>
    /// Registers <see cref="IComplianceEngine"/> and <see cref="IComplianceService"/> (singletons that
    /// follow pack and policy reloads), their options bound from the <c>ComplianceRules</c>
    /// configuration section and then <paramref name="configure"/>, validated when the host starts,
    /// the <c>compliance-rules</c> health check, and the meter and activity source <c>Compliance.Rules</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes to the options after configuration is bound, if any.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddComplianceRules(this IServiceCollection services, Action<ComplianceRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ComplianceRulesOptions>().BindConfiguration(ComplianceRulesOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ComplianceRulesOptions>, ComplianceRulesOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new ComplianceTelemetry(provider.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<EngineSource>();
        services.TryAddSingleton<ForwardingComplianceEngine>();
        services.TryAddSingleton<IComplianceEngine>(provider => provider.GetRequiredService<ForwardingComplianceEngine>());
        services.TryAddSingleton<IComplianceService, ComplianceService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, EngineWarmup>());
        services.AddHealthChecks().AddCheck<ComplianceRulesHealthCheck>(HealthCheckName, HealthStatus.Unhealthy, ["compliance"]);
        return services;
    }
}
