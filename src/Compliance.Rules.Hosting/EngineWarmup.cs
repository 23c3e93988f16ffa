using Microsoft.Extensions.Hosting;

namespace Compliance.Rules.Hosting;

/// <summary>
/// Compiles the engine while the host starts (after the options were validated), so the first
/// call does not pay for it and file watching starts with the host.
/// </summary>
internal sealed class EngineWarmup(EngineSource source) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = source.Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
