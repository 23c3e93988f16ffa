using Microsoft.Extensions.Configuration;

namespace Compliance.Server.Binding;

/// <summary>
/// Works out the addresses Kestrel will bind, in Kestrel's own order of precedence, with the setting
/// each came from: endpoints in configuration (<c>Kestrel:Endpoints</c>) win over <c>urls</c>
/// (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>DOTNET_URLS</c>, an <c>urls</c> key in a settings file), which win
/// over <c>http_ports</c>/<c>https_ports</c> (<c>ASPNETCORE_HTTP_PORTS</c>…, bound on every interface); with none
/// of these Kestrel listens on <c>http://localhost:5000</c>.
/// </summary>
internal static class EndpointResolver
{
    public const string DefaultUrl = "http://localhost:5000";

    /// <param name="configuration">The host's configuration (command line, environment, settings files).</param>
    /// <param name="urlsOption">The <c>--urls</c> values, when given.</param>
    /// <param name="environment">Reads an environment variable (to name which one set a value).</param>
    public static IReadOnlyList<BindEndpoint> Resolve(IConfiguration configuration, IReadOnlyList<string> urlsOption, Func<string, string?> environment)
    {
        var configured = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Where(e => e["Url"] is { Length: > 0 })
            .Select(e => new BindEndpoint(e["Url"]!, $"configuration Kestrel:Endpoints:{e.Key}:Url"))
            .ToArray();
        if (configured.Length > 0)
        {
            return configured;
        }

        if (urlsOption.Count > 0)
        {
            return Split(string.Join(';', urlsOption), "--urls");
        }

        if (configuration["urls"] is { Length: > 0 } urls)
        {
            return Split(urls, SourceOf("URLS", environment, urls));
        }

        var ports = new List<BindEndpoint>();
        foreach (var (key, scheme) in new[] { ("http_ports", "http"), ("https_ports", "https") })
        {
            if (configuration[key] is { Length: > 0 } list)
            {
                var source = SourceOf(key.ToUpperInvariant(), environment, list);
                ports.AddRange(list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(port => new BindEndpoint($"{scheme}://*:{port}", source)));
            }
        }

        return ports.Count > 0 ? ports : [new BindEndpoint(DefaultUrl, "default")];
    }

    private static BindEndpoint[] Split(string urls, string source) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(url => new BindEndpoint(url, source))
            .ToArray();

    /// <summary>Names the environment variable that set a value, or the configuration key when a settings file did.</summary>
    private static string SourceOf(string name, Func<string, string?> environment, string value)
    {
        foreach (var prefix in new[] { "ASPNETCORE_", "DOTNET_" })
        {
            if (environment(prefix + name) == value)
            {
                return prefix + name;
            }
        }

        return $"configuration {name.ToLowerInvariant()}";
    }
}
