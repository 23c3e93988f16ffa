using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

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
    private int _connectionsOpened;

    public OpenModelDriver(Uri server, byte[][] bodies, int connections)
    {
        _bodies = bodies;
        _endpoint = new Uri(server, "/v1/evaluate");
        _client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            ConnectCallback = ConnectAsync,
        })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public async Task<LoadResult> RunAsync(double rate, TimeSpan duration, string? samplesPath = null)
    {
        var count = (int)(rate * duration.TotalSeconds);
        var latencies = new double[count];
        var lags = new double[count];
        var ok = 0;
        var errors = 0;
        var pending = new Task[count];
        var connectionsBefore = Volatile.Read(ref _connectionsOpened);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            Wait(clock, due);
            lags[i] = (clock.Elapsed - due).TotalMilliseconds;
            pending[i] = Send(i, due);
        }

        await Task.WhenAll(pending);
        if (samplesPath is not null)
        {
            await File.WriteAllLinesAsync(samplesPath, latencies.Select((latency, i) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i / rate * 1000:F1} {latency:F2} {lags[i]:F2}")));
        }

        return LoadResult.From(rate, duration.TotalSeconds, latencies, lags, ok, errors, Volatile.Read(ref _connectionsOpened) - connectionsBefore);

        async Task Send(int index, TimeSpan due)
        {
            // Yield first, so that the loop above never waits on the sending of a request.
            await Task.Yield();
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
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>
    /// Opens the pool's connections before anything is measured, as a client that has been running
    /// for a while has them: a request of the run then never waits for a TCP handshake.
    /// </summary>
    public async Task OpenConnectionsAsync(Uri server, int connections)
    {
        var ready = new Uri(server, "/readyz");
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            using var response = await _client.GetAsync(ready);
            await response.Content.LoadIntoBufferAsync();
        }));
    }

    /// <summary>
    /// Sleeps until the due time. No spinning: the driver has one core, which its sockets need too; a
    /// request sent late (up to about a millisecond, the timer's step) has that lateness in its
    /// latency, and the send lag is reported so that the driver's own delay can be told apart.
    /// </summary>
    private static void Wait(Stopwatch clock, TimeSpan due)
    {
        while (due > clock.Elapsed)
        {
            Thread.Sleep(1);
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _connectionsOpened);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
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
