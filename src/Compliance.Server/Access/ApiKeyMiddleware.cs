namespace Compliance.Server.Access;

/// <summary>
/// Requires <c>Authorization: Bearer &lt;key&gt;</c> on <c>/v1/*</c> when a key file is configured. A
/// known key is logged by name and names the rate-limit partition; a missing or unknown key answers
/// 401 and is logged as <c>unknown-key</c> with the first 8 hex digits of its hash, never the key.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeyStore keys, ILogger<ApiKeyMiddleware> logger)
{
    /// <summary>The item under which the caller's key name is kept for the rate limiter.</summary>
    public const string KeyNameItem = "compliance.keyName";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : string.Empty;
        var name = presented.Length == 0 ? null : keys.Authenticate(presented, out var prefix) is { } known ? known : Unknown(prefix);
        if (name is null)
        {
            if (presented.Length == 0)
            {
                ServerLog.UnknownKey(logger, "none", context.Request.Method, context.Request.Path);
            }

            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Problems.Write(context, StatusCodes.Status401Unauthorized, "An API key is required", "Send Authorization: Bearer <key> with a key listed in the server's key file.");
            return;
        }

        ServerLog.KnownKey(logger, name, context.Request.Method, context.Request.Path);
        context.Items[KeyNameItem] = name;
        await next(context);

        string? Unknown(string hashPrefix)
        {
            ServerLog.UnknownKey(logger, hashPrefix, context.Request.Method, context.Request.Path);
            return null;
        }
    }
}
