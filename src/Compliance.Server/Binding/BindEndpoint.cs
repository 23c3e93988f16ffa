namespace Compliance.Server.Binding;

/// <summary>An address Kestrel will listen on, and the setting it came from.</summary>
/// <param name="Url">The address as configured (<c>http://127.0.0.1:5000</c>, <c>http://*:8080</c>, <c>http://unix:/run/c.sock</c>).</param>
/// <param name="Source">Where it was set: <c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>configuration Kestrel:Endpoints:Api:Url</c>…</param>
internal sealed record BindEndpoint(string Url, string Source)
{
    /// <summary>Whether only this machine can reach the address.</summary>
    public bool IsLoopback => Loopback.IsLoopback(Url);

    /// <summary>Whether the address uses TLS.</summary>
    public bool IsHttps => Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
