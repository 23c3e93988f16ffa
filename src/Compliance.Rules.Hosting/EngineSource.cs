using Compliance.Rules.Packs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Compliance.Rules.Hosting;

/// <summary>
/// Holds the engine every call uses and swaps in a new one when the pack or policy file changes.
/// A new engine replaces the old only once it has compiled; a file that fails to load leaves the
/// old engine serving and is reported (log and health check) until a later change fixes it.
/// </summary>
internal sealed class EngineSource : IDisposable
{
    private readonly ComplianceRulesOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly ComplianceTelemetry _telemetry;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly object _reloadLock = new();
    private readonly ITimer? _debounce;
    private volatile EngineSnapshot _current;
    private volatile ReloadFailure? _lastFailure;
    private bool _disposed;

    public EngineSource(IOptions<ComplianceRulesOptions> options, TimeProvider clock, ILoggerFactory loggers, ComplianceTelemetry telemetry)
    {
        _options = options.Value;
        _clock = clock;
        _telemetry = telemetry;
        _logger = loggers.CreateLogger("Compliance.Rules.Hosting");
        _current = EngineLoader.Load(_options, clock.GetUtcNow());
        ComplianceLog.PackLoaded(_logger, Pack.Id, Pack.Version, Pack.Sha256, Pack.Source, Pack.PolicySource, (long)_current.CompileTime.TotalMilliseconds);
        if (_options.ReloadOnChange)
        {
            _debounce = clock.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Watch(_options.PackPath);
            Watch(_options.PolicyPath);
        }
    }

    /// <summary>The engine calls use now.</summary>
    public EngineSnapshot Current => _current;

    /// <summary>The last reload that failed, until a later one succeeds.</summary>
    public ReloadFailure? LastFailure => _lastFailure;

    private RulePack Pack => _current.Engine.Pack;

    /// <summary>
    /// Loads the files again and swaps the engine in when they are valid and differ from what runs.
    /// Runs after the debounce delay; callers never wait for it.
    /// </summary>
    public void Reload()
    {
        lock (_reloadLock)
        {
            if (_disposed)
            {
                return;
            }

            EngineSnapshot next;
            try
            {
                var pack = EngineLoader.LoadPack(_options);
                if (pack.Sha256 == Pack.Sha256)
                {
                    // Same bytes (a touch, or a save without changes): nothing to swap; a fixed file clears a failure.
                    _lastFailure = null;
                    return;
                }

                next = EngineLoader.Load(_options, _clock.GetUtcNow());
            }
            catch (RulePackException e)
            {
                _lastFailure = new ReloadFailure(_clock.GetUtcNow(), e.Errors);
                _telemetry.ReloadFailed();
                ComplianceLog.ReloadFailed(_logger, Pack.Id, Pack.Sha256, e.Errors.Count);
                foreach (var error in e.Errors)
                {
                    ComplianceLog.ReloadProblem(_logger, error.Source, error.Location, error.Line, error.Message);
                }

                return;
            }

            var previous = _current;
            _current = next;
            _lastFailure = null;
            _telemetry.Reloaded();
            ComplianceLog.PackReloaded(_logger, Pack.Id, Pack.Version, Pack.Sha256, previous.Engine.Pack.Sha256, (long)next.CompileTime.TotalMilliseconds);
        }
    }

    public void Dispose()
    {
        lock (_reloadLock)
        {
            _disposed = true;
        }

        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce?.Dispose();
    }

    private void Watch(string? path)
    {
        if (path is not { Length: > 0 })
        {
            return;
        }

        var full = Path.GetFullPath(path);
        var watcher = new FileSystemWatcher(Path.GetDirectoryName(full)!, Path.GetFileName(full))
        {
            // Deployments replace files by renaming a new one over the old: watch names as well as writes.
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => Schedule();
        watcher.Created += (_, _) => Schedule();
        watcher.Renamed += (_, _) => Schedule();
        watcher.Deleted += (_, _) => Schedule();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    /// <summary>Restarts the debounce timer: the reload runs once the file has been quiet for the delay.</summary>
    private void Schedule() => _debounce?.Change(_options.ReloadDelay, Timeout.InfiniteTimeSpan);
}
