using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Server.Tests;

public sealed class LimitTests
{
    [Fact]
    public async Task Requests_over_the_rate_limit_answer_429_per_key()
    {
        var keys = new KeyFiles();
        keys.Write($"a {KeyFiles.Hash("key-a")}\nb {KeyFiles.Hash("key-b")}\n");
        await using var server = await RunningServer.StartAsync(new ServerSettings { ApiKeysPath = keys.Path, RateLimit = 2 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var response = await server.Get("/v1/rules", "key-a");
            statuses.Add(response.StatusCode);
        }

        using var otherKey = await server.Get("/v1/rules", "key-b");
        using var health = await server.Get("/healthz");

        // A bucket of 2 tokens, refilled by 2 each second: the first two pass; ten quick calls cross at most one refill.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(2));
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.TooManyRequests), 6, 8);
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        keys.Dispose();
    }

    [Fact]
    public async Task Without_keys_the_rate_limit_applies_per_client_address()
    {
        await using var server = await RunningServer.StartAsync(new ServerSettings { RateLimit = 1 });

        // A bucket of 1 token refilled each second. Two calls alone could fall either side of a refill on a
        // loaded machine (seen once at load 40), so five quick calls: the first passes and, unless all five
        // take more than four seconds, at least one is refused.
        var statuses = new List<HttpStatusCode>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
        {
            using var response = await server.Get("/v1/rules");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.True(
            statuses.Contains(HttpStatusCode.TooManyRequests) || clock.Elapsed > TimeSpan.FromSeconds(4),
            $"no call refused in {clock.Elapsed}: {string.Join(", ", statuses)}");
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.OK), 1, 1 + (int)Math.Ceiling(clock.Elapsed.TotalSeconds));
    }

    [Fact]
    public async Task More_requests_in_flight_than_slots_and_queue_answer_503()
    {
        await using var server = await RunningServer.StartAsync(new ServerSettings { MaxConcurrency = 1, QueueLimit = 0 });
        using var holding = await SlowRequest.StartAsync(server.Address, "/v1/evaluate", Bodies.Evaluate(Bodies.ExampleRecord));
        var limiter = server.Services.GetRequiredService<ConcurrencyLimiter>();
        while (limiter.GetStatistics()!.CurrentAvailablePermits > 0)
        {
            await Task.Delay(10);
        }

        using var refused = await server.PostJson("/v1/evaluate", Bodies.Evaluate(Bodies.ExampleRecord));
        await holding.FinishAsync();
        var held = await holding.ReadStatusAsync();
        using var after = await server.PostJson("/v1/evaluate", Bodies.Evaluate(Bodies.ExampleRecord));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(200, held);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_request_that_takes_longer_than_the_timeout_answers_503()
    {
        await using var server = await RunningServer.StartAsync(new ServerSettings { RequestTimeout = TimeSpan.FromSeconds(1) });
        using var stalled = await SlowRequest.StartAsync(server.Address, "/v1/evaluate", Bodies.Evaluate(Bodies.ExampleRecord));

        // The body never completes: the server gives up after the timeout rather than wait for ever.
        Assert.Equal(503, await stalled.ReadStatusAsync());
    }
}
