using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Compliance.Server.Tests;

/// <summary>The real server (Kestrel) started in the test process on a free loopback port, with an HTTP client for it and its logs.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public FakeLogCollector Logs => _app.Services.GetRequiredService<FakeLogCollector>();

    public IServiceProvider Services => _app.Services;

    public static async Task<RunningServer> StartAsync(ServerSettings? settings = null)
    {
        settings = (settings ?? new ServerSettings()) with { Urls = ["http://127.0.0.1:0"] };
        var errors = new StringWriter();
        var app = ServerApp.Build(settings, errors, _ => null, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddFilter("Compliance", LogLevel.Trace);
            builder.Services.AddFakeLogging();
        }) ?? throw new InvalidOperationException("the server refused its settings: " + errors);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningServer(app, new Uri(address));
    }

    public Task<HttpResponseMessage> PostJson(string path, string json, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> Get(string path, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
