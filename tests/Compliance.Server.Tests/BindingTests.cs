using Compliance.Server.Binding;
using Microsoft.Extensions.Configuration;

namespace Compliance.Server.Tests;

public sealed class BindingTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://127.255.255.254:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://LOCALHOST", true)]
    [InlineData("http://unix:/run/compliance.sock", true)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://126.255.255.255:5000", false)]
    [InlineData("http://128.0.0.1:5000", false)]
    [InlineData("http://10.0.0.5:5000", false)]
    [InlineData("http://rules.example.org:5000", false)]
    [InlineData("http://localhost.example.org:5000", false)]
    public void Loopback_is_127_slash_8_ipv6_one_localhost_or_a_unix_socket(string url, bool loopback) =>
        Assert.Equal(loopback, Loopback.IsLoopback(url));

    [Fact]
    public void Configured_kestrel_endpoints_win_over_urls_which_win_over_ports()
    {
        var all = Configuration(new()
        {
            ["Kestrel:Endpoints:Api:Url"] = "http://0.0.0.0:7000",
            ["urls"] = "http://127.0.0.1:7001",
            ["http_ports"] = "7002",
        });
        var urlsAndPorts = Configuration(new() { ["urls"] = "http://127.0.0.1:7001;http://10.1.1.1:7003", ["http_ports"] = "7002" });
        var portsOnly = Configuration(new() { ["http_ports"] = "7002;7004", ["https_ports"] = "7443" });

        Assert.Equal([new BindEndpoint("http://0.0.0.0:7000", "configuration Kestrel:Endpoints:Api:Url")], EndpointResolver.Resolve(all, ["http://127.0.0.1:1"], _ => null));
        Assert.Equal(
            [new BindEndpoint("http://127.0.0.1:7001", "ASPNETCORE_URLS"), new BindEndpoint("http://10.1.1.1:7003", "ASPNETCORE_URLS")],
            EndpointResolver.Resolve(urlsAndPorts, [], name => name == "ASPNETCORE_URLS" ? "http://127.0.0.1:7001;http://10.1.1.1:7003" : null));
        Assert.Equal([new BindEndpoint("http://127.0.0.1:9", "--urls")], EndpointResolver.Resolve(urlsAndPorts, ["http://127.0.0.1:9"], _ => null));
        Assert.Equal(
            ["http://*:7002", "http://*:7004", "https://*:7443"],
            EndpointResolver.Resolve(portsOnly, [], _ => null).Select(e => e.Url));
        Assert.Equal("configuration urls", EndpointResolver.Resolve(urlsAndPorts, [], _ => null)[0].Source);
        Assert.Equal([new BindEndpoint("http://localhost:5000", "default")], EndpointResolver.Resolve(Configuration(new()), [], _ => null));
    }

    [Theory]
    [InlineData("--urls", "http://0.0.0.0:{port}", null, null, "(from --urls)")]
    [InlineData(null, null, "ASPNETCORE_URLS", "http://+:{port}", "(from ASPNETCORE_URLS)")]
    [InlineData(null, null, "ASPNETCORE_HTTP_PORTS", "{port}", "(from ASPNETCORE_HTTP_PORTS)")]
    [InlineData(null, null, "Kestrel__Endpoints__Api__Url", "http://0.0.0.0:{port}", "(from configuration Kestrel:Endpoints:Api:Url)")]
    public async Task A_non_loopback_endpoint_without_keys_exits_2_naming_it_and_its_source_before_listening(string? option, string? optionValue, string? variable, string? variableValue, string expected)
    {
        var port = ServerProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var args = option is null ? Array.Empty<string>() : [option, optionValue!.Replace("{port}", port, StringComparison.Ordinal)];
        var environment = variable is null ? null : new Dictionary<string, string> { [variable] = variableValue!.Replace("{port}", port, StringComparison.Ordinal) };

        using var server = ServerProcess.Start(args, environment);
        var exit = await server.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exit);
        Assert.Contains(expected, server.Error, StringComparison.Ordinal);
        Assert.Contains(port, server.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_urls_key_in_a_settings_file_is_checked_too()
    {
        var folder = Directory.CreateTempSubdirectory("compliance-settings-");
        File.WriteAllText(Path.Combine(folder.FullName, "appsettings.json"), """{ "urls": "http://0.0.0.0:5999" }""");

        using var server = ServerProcess.Start([], workingDirectory: folder.FullName);
        var exit = await server.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exit);
        Assert.Contains("http://0.0.0.0:5999 (from configuration urls)", server.Error, StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }

    [Fact]
    public void Plain_http_off_loopback_needs_keys_and_require_https_false()
    {
        var keys = new KeyFiles();
        keys.Write($"a {KeyFiles.Hash("key-a")}\n");
        var refused = new StringWriter();

        var withHttpsRequired = ServerApp.Build(new ServerSettings { Urls = ["http://0.0.0.0:5998"], ApiKeysPath = keys.Path }, refused, _ => null);
        var withHttpsWaived = ServerApp.Build(new ServerSettings { Urls = ["http://0.0.0.0:5998"], ApiKeysPath = keys.Path, RequireHttps = false }, new StringWriter(), _ => null);

        Assert.Null(withHttpsRequired);
        Assert.Contains("http://0.0.0.0:5998 (from --urls) is plain HTTP", refused.ToString(), StringComparison.Ordinal);
        Assert.NotNull(withHttpsWaived);
        keys.Dispose();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
