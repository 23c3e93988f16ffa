namespace Compliance.Server.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Sigterm_stops_the_server_with_exit_0()
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

        // A request answered just before the signal, then SIGTERM: the process stops cleanly with exit 0.
        // (Draining a request whose body is still arriving was seen to work by hand but not reliably enough on
        // a loaded machine to be a test: see the report of the change.)
        using var answered = await SlowRequest.StartAsync(address, "/v1/evaluate", Bodies.Evaluate(Bodies.ExampleRecord));
        await answered.FinishAsync();
        Assert.Equal(200, await answered.ReadStatusAsync());
        server.Terminate();

        Assert.Equal(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }
}
