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

        using var first = await server.Get("/v1/rules");
        using var second = await server.Get("/v1/rules");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
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
