namespace Compliance.Server;

/// <summary>The server's settings from its command line.</summary>
internal sealed record ServerSettings
{
    /// <summary>The number of requests that may wait for a slot before 503.</summary>
    public const int DefaultQueueLimit = 100;

    public IReadOnlyList<string> Urls { get; init; } = [];

    public string? RulesPath { get; init; }

    public string? ApiKeysPath { get; init; }

    /// <summary>Requests per second per key (per client address without keys); 0 turns the limit off.</summary>
    public int RateLimit { get; init; } = 200;

    public int MaxConcurrency { get; init; } = 2 * Environment.ProcessorCount;

    public int QueueLimit { get; init; } = DefaultQueueLimit;

    public bool RequireHttps { get; init; } = true;

    /// <summary>The longest a request may take before it answers 503.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long SIGTERM waits for requests in flight before closing their connections: the request
    /// timeout and 20 s more (30 s by default), so that draining never cuts a request short.
    /// </summary>
    public TimeSpan DrainTimeout => RequestTimeout + TimeSpan.FromSeconds(20);

    /// <summary>The largest request body (1 MiB: a record is a few kilobytes; a proposal is two).</summary>
    public long MaxRequestBodySize { get; init; } = 1024 * 1024;
}
