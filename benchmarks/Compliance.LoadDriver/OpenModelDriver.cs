using System.Diagnostics;
using System.Net;

namespace Compliance.LoadDriver;

/// <summary>
/// An open-model load generator: request i is due at start + i / rate whatever happened to earlier
/// requests, and its latency is measured from that due time, not from when it was actually sent. A
/// closed-loop tool (send, wait, send) slows down with the server and so never sees the queue that
/// builds up in front of it (coordinated omission); here a stalled server shows as late answers.
/// </summary>
internal sealed class OpenModelDriver : IDisposable
{
    private readonly HttpClient _client;
    private readonly Uri _endpoint;
    private readonly byte[][] _bodies;

    public OpenModelDriver(Uri server, byte[][] bodies)
    {
        _bodies = bodies;
        _endpoint = new Uri(server, "/v1/evaluate");
        _client = new HttpClient(new SocketsHttpHandler
        {
            // Enough connections that the driver never queues a due request behind a busy connection.
            MaxConnectionsPerServer = 1024,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public async Task<LoadResult> RunAsync(double rate, TimeSpan duration)
    {
        var count = (int)(rate * duration.TotalSeconds);
        var latencies = new double[count];
        var ok = 0;
        var errors = 0;
        var pending = new Task[count];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            Wait(clock, due);
            var index = i;
            pending[i] = Task.Run(async () =>
            {
                var success = await SendAsync(_bodies[index % _bodies.Length]);
                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
                if (success)
                {
                    Interlocked.Increment(ref ok);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            });
        }

        await Task.WhenAll(pending);
        return LoadResult.From(rate, duration.TotalSeconds, latencies, ok, errors);
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Sleeps while the due time is far, then spins: a timer alone is only accurate to about a millisecond.</summary>
    private static void Wait(Stopwatch clock, TimeSpan due)
    {
        while (true)
        {
            var left = due - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            if (left > TimeSpan.FromMilliseconds(2))
            {
                Thread.Sleep(1);
            }
            else
            {
                Thread.SpinWait(50);
            }
        }
    }

    private async Task<bool> SendAsync(byte[] body)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await _client.PostAsync(_endpoint, content);
            await response.Content.LoadIntoBufferAsync();
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
