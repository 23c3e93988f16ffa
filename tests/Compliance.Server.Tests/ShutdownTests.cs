namespace Compliance.Server.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Sigterm_drains_the_request_in_flight_then_exits_0()
    {
        var port = ServerProcess.FreePort();
        using var server = ServerProcess.Start(["--urls", $"http://127.0.0.1:{port}"]);
        var address = new Uri($"http://127.0.0.1:{port}");
        using (var client = new HttpClient())
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                try
                {
                    if ((await client.GetAsync(new Uri(address, "/readyz"))).IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    Assert.True(DateTime.UtcNow < deadline, "the server did not become ready: " + server.Error);
                }

                await Task.Delay(100);
            }
        }

        using var inFlight = await SlowRequest.StartAsync(address, "/v1/evaluate", Bodies.Evaluate(Bodies.ExampleRecord));

        // Let the server read the headers: a connection whose request has not started is closed at shutdown, by design.
        await Task.Delay(1000);
        server.Terminate();
        await Task.Delay(500);
        await inFlight.FinishAsync();

        Assert.Equal(200, await inFlight.ReadStatusAsync());
        Assert.Equal(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }
}
