using System.Net;

namespace Compliance.Server.Binding;

/// <summary>
/// Decides whether a listen address is reachable only from this machine: IPv4 127.0.0.0/8, IPv6 ::1,
/// the host name <c>localhost</c>, or a Unix domain socket. Wildcards (<c>*</c>, <c>+</c>,
/// <c>0.0.0.0</c>, <c>[::]</c>) and every other host name are not: a name could resolve anywhere.
/// </summary>
internal static class Loopback
{
    public static bool IsLoopback(string url)
    {
        var host = HostOf(url);
        if (host is null)
        {
            return false;
        }

        if (host.StartsWith("unix:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)
            && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any);
    }

    /// <summary>The host part of a Kestrel address (<c>scheme://host:port/path</c>), without parsing it as a URI: <c>*</c> and <c>+</c> are not valid URI hosts.</summary>
    public static string? HostOf(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return null;
        }

        var rest = url[(schemeEnd + 3)..];
        if (rest.StartsWith("unix:", StringComparison.OrdinalIgnoreCase))
        {
            return rest;
        }

        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? null : rest[..(close + 1)];
        }

        var end = rest.IndexOfAny([':', '/']);
        return end < 0 ? rest : rest[..end];
    }
}
