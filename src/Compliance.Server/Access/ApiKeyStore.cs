using System.Security.Cryptography;
using System.Text;

namespace Compliance.Server.Access;

/// <summary>
/// The keys in force, re-read when the key file changes (an invalid new file keeps the old keys and
/// is logged). A presented key is hashed and compared with every stored hash in constant time, so
/// neither the comparison nor the number of keys tried leaks how much of a hash matched.
/// </summary>
internal sealed class ApiKeyStore : IDisposable
{
    private readonly string _path;
    private readonly ILogger _logger;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _debounce;
    private readonly object _reloadLock = new();
    private volatile IReadOnlyList<ApiKey> _keys;

    public ApiKeyStore(string path, IReadOnlyList<ApiKey> keys, ILogger logger)
    {
        _path = Path.GetFullPath(path);
        _keys = keys;
        _logger = logger;
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(_path)!, Path.GetFileName(_path))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, _) => Schedule();
        _watcher.Created += (_, _) => Schedule();
        _watcher.Renamed += (_, _) => Schedule();
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>How many keys are in force.</summary>
    public int Count => _keys.Count;

    /// <summary>The name of the key, or null when it is unknown; <paramref name="hashPrefix"/> is the first 8 hex digits of its hash (what is logged for an unknown key).</summary>
    public string? Authenticate(string presented, out string hashPrefix)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        hashPrefix = Convert.ToHexStringLower(hash, 0, 4);
        string? match = null;
        foreach (var key in _keys)
        {
            // No early exit: every stored hash is compared whatever matched.
            if (CryptographicOperations.FixedTimeEquals(hash, key.Hash))
            {
                match = key.Name;
            }
        }

        return match;
    }

    public void Reload()
    {
        lock (_reloadLock)
        {
            var (keys, problems) = ApiKeyFile.Load(_path);
            if (problems.Count > 0)
            {
                ServerLog.KeyFileRefused(_logger, Path.GetFileName(_path), problems.Count, _keys.Count);
                foreach (var problem in problems)
                {
                    ServerLog.KeyFileProblem(_logger, problem);
                }

                return;
            }

            _keys = keys;
            ServerLog.KeyFileLoaded(_logger, Path.GetFileName(_path), keys.Count);
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _debounce.Dispose();
    }

    private void Schedule() => _debounce.Change(TimeSpan.FromMilliseconds(200), Timeout.InfiniteTimeSpan);
}
