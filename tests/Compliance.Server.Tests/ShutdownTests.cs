using System.Net.Sockets;
using System.Text;

namespace Compliance.Server.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Sigterm_stops_the_server_with_exit_0()
    {
        var port = ServerProcess.FreePort();
        using var server = ServerProcess.Start(["--urls", $"http://127.0.0.1:{port}"]);
        var address = new Uri($"http://127.0.0.1:{port}");
        await WaitUntilReadyAsync(server, address);

        // A request answered just before the signal, then SIGTERM: the process stops cleanly with exit 0.
        using var answered = await SlowRequest.StartAsync(address, "/v1/evaluate", Bodies.Evaluate(Bodies.ExampleRecord));
        await answered.FinishAsync();
        Assert.Equal(200, await answered.ReadStatusAsync());
        server.Terminate();

        Assert.Equal(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Sigterm_lets_a_request_whose_body_is_still_arriving_finish_then_exits_0()
    {
        var port = ServerProcess.FreePort();
        using var server = ServerProcess.Start(["--urls", $"http://127.0.0.1:{port}"]);
        var address = new Uri($"http://127.0.0.1:{port}");
        await WaitUntilReadyAsync(server, address);
        var body = Bodies.Evaluate(Bodies.ExampleRecord);

        // One evaluation first, so that the request under test finds its code compiled: on a loaded
        // machine the first evaluation alone can take seconds of the 10 s a request may take.
        using (var warm = await SlowRequest.StartAsync(address, "/v1/evaluate", body))
        {
            await warm.FinishAsync();
            Assert.Equal(200, await warm.ReadStatusAsync());
        }

        // The server has started reading (100 Continue) and holds half the body when the signal comes.
        using var inFlight = await SlowRequest.StartAsync(address, "/v1/evaluate", body, waitUntilRead: true, heldBack: Encoding.UTF8.GetByteCount(body) / 2);
        server.Terminate();
        await WaitUntilRefusedAsync(server, address);
        Assert.False(server.HasExited, "the server exited with a request in flight");
        await inFlight.FinishAsync();

        Assert.Equal(200, await inFlight.ReadStatusAsync());
        Assert.Contains("\"crimeRecordId\":\"CR-2008-SW-004512\"", await inFlight.ReadToEndAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(60)));
    }

    private static async Task WaitUntilReadyAsync(ServerProcess server, Uri address)
    {
        using var client = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await client.GetAsync(new Uri(address, "/readyz"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                Assert.True(DateTime.UtcNow < deadline, "the server did not become ready: " + server.Error);
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the server has closed its listener (shutdown has begun): a new connection is refused.</summary>
    private static async Task WaitUntilRefusedAsync(ServerProcess server, Uri address)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(address.Host, address.Port);
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset)
            {
                // Reset: the probe reached the listen queue just as the listener closed, which the kernel
                // answers with a reset rather than a refusal (seen once in CI on a loaded machine). Either
                // way the listener is gone: shutdown has begun.
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the server still accepted connections 30 s after SIGTERM: " + server.Error);
            Assert.False(server.HasExited, "the server exited before it was seen refusing connections");
            await Task.Delay(20);
        }
    }
}
