using System.Threading.RateLimiting;

namespace Compliance.Server;

/// <summary>
/// At most <c>--max-concurrency</c> <c>/v1</c> requests run at once and at most a fixed number wait;
/// any more answer 503 at once rather than queue without bound (a client retrying into a growing
/// queue only makes every answer late).
/// </summary>
internal sealed class ConcurrencyGate(RequestDelegate next, ConcurrencyLimiter limiter)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        using var lease = await limiter.AcquireAsync(1, context.RequestAborted);
        if (!lease.IsAcquired)
        {
            context.Response.Headers.RetryAfter = "1";
            await Problems.Write(context, StatusCodes.Status503ServiceUnavailable, "The server is busy", "Too many requests are in flight; retry shortly.");
            return;
        }

        await next(context);
    }
}
