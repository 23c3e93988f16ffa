using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Compliance.Rules.Hosting;
using Compliance.Rules.Hosting.Contracts;
using Compliance.Server.Access;
using Compliance.Server.Api;
using Compliance.Server.Binding;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace Compliance.Server;

/// <summary>Builds the web application from the settings, refusing before anything listens what must not run.</summary>
internal static class ServerApp
{
    /// <summary>
    /// Checks the settings (key file, where Kestrel will bind) and builds the application; on a
    /// problem writes it to <paramref name="error"/> and returns null (exit 2).
    /// </summary>
    /// <param name="settings">The command line's settings.</param>
    /// <param name="error">Where problems are written.</param>
    /// <param name="environment">Reads environment variables (to name the one an address came from).</param>
    /// <param name="customize">A last change to the builder (tests add a log collector).</param>
    public static WebApplication? Build(ServerSettings settings, TextWriter error, Func<string, string?>? environment = null, Action<WebApplicationBuilder>? customize = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Directory.GetCurrentDirectory(), ApplicationName = "compliance-server" });

        var endpoints = EndpointResolver.Resolve(builder.Configuration, settings.Urls, environment);
        if (!CheckEndpoints(endpoints, settings, error))
        {
            return null;
        }

        IReadOnlyList<ApiKey> keys = [];
        if (settings.ApiKeysPath is { } keyPath)
        {
            var (loaded, problems) = ApiKeyFile.Load(keyPath);
            if (problems.Count > 0)
            {
                error.WriteLine($"error: the key file {keyPath} is invalid:");
                foreach (var problem in problems)
                {
                    error.WriteLine("  " + problem);
                }

                return null;
            }

            keys = loaded;
        }

        // Kestrel binds exactly the addresses checked above: configured endpoints it reads itself; any
        // other source is passed as the one list of URLs, with the port settings cleared.
        if (!endpoints[0].Source.StartsWith("configuration Kestrel", StringComparison.Ordinal))
        {
            builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, string.Join(';', endpoints.Select(e => e.Url)));
            builder.WebHost.UseSetting("http_ports", string.Empty);
            builder.WebHost.UseSetting("https_ports", string.Empty);
        }

        // Request lines and routing decisions at Information would drown the server's own events.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodySize;

            // One bound for a slow request, body included: the request timeout (503). Kestrel's own
            // minimum body rate (240 B/s after 5 s) would otherwise cut a body that pauses for a few
            // seconds — one still arriving while the server drains on a busy machine, say — and close
            // the connection without an answer, earlier than the timeout this server documents.
            kestrel.Limits.MinRequestBodyDataRate = null;
        });

        // Draining outlasts the request timeout, so every request in flight when shutdown begins ends
        // by itself (answered, or 503 at its timeout) before anything is cut off.
        builder.Host.ConfigureHostOptions(host => host.ShutdownTimeout = settings.DrainTimeout);

        ConfigureServices(builder, settings, keys);
        customize?.Invoke(builder);
        var app = builder.Build();
        ConfigurePipeline(app, settings);
        return app;
    }

    /// <summary>Starts the application and serves until SIGTERM or SIGINT, draining requests in flight; returns the exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, ServerSettings settings, TextWriter error)
    {
        try
        {
            await app.StartAsync();
        }
        catch (OptionsValidationException e)
        {
            error.WriteLine("error: the rule pack or policy is invalid:");
            foreach (var failure in e.Failures)
            {
                error.WriteLine("  " + failure);
            }

            return 2;
        }
        catch (IOException e)
        {
            error.WriteLine($"error: cannot listen: {e.Message}");
            return 2;
        }

        if (!CheckBound(app, settings, error))
        {
            await app.StopAsync();
            return 2;
        }

        await app.WaitForShutdownAsync();
        return 0;
    }

    private static bool CheckEndpoints(IReadOnlyList<BindEndpoint> endpoints, ServerSettings settings, TextWriter error)
    {
        var ok = true;
        foreach (var endpoint in endpoints.Where(e => !e.IsLoopback))
        {
            if (settings.ApiKeysPath is null)
            {
                error.WriteLine($"error: {endpoint.Url} (from {endpoint.Source}) is reachable from other machines: pass --api-keys <file>, or listen on loopback only");
                ok = false;
            }
            else if (!endpoint.IsHttps && settings.RequireHttps)
            {
                error.WriteLine($"error: {endpoint.Url} (from {endpoint.Source}) is plain HTTP reachable from other machines: API keys would cross the network in clear; use https, or --require-https false behind a TLS proxy");
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>
    /// A second look once Kestrel has bound, at the addresses it reports: should any setting have been
    /// missed above, a server without keys stops at once rather than serve the network.
    /// </summary>
    private static bool CheckBound(WebApplication app, ServerSettings settings, TextWriter error)
    {
        if (settings.ApiKeysPath is not null)
        {
            return true;
        }

        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var exposed = addresses.Where(a => !Loopback.IsLoopback(a)).ToArray();
        foreach (var address in exposed)
        {
            error.WriteLine($"error: Kestrel bound {address}, which is not loopback, without --api-keys; stopping");
        }

        return exposed.Length == 0;
    }

    private static void ConfigureServices(WebApplicationBuilder builder, ServerSettings settings, IReadOnlyList<ApiKey> keys)
    {
        var services = builder.Services;
        services.AddComplianceRules(options => ApplyRulesPath(options, settings.RulesPath));
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            // The document describes the API, not one deployment: no server addresses, so it can be published and compared.
            document.Servers?.Clear();
            document.Info.Title = "compliance-server";
            document.Info.Version = "v1";
            document.Info.Description = "Checks crime records and proposed decisions against the national crime-recording rules of England and Wales. /v1 calls need Authorization: Bearer <key> when the server has a key file.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ComplianceContractsJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(1, ServerJsonContext.Default);
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = settings.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        services.AddSingleton(new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, settings.MaxConcurrency),
            QueueLimit = Math.Max(0, settings.QueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        if (settings.ApiKeysPath is { } keyPath)
        {
            services.AddSingleton(provider => new ApiKeyStore(keyPath, keys, provider.GetRequiredService<ILogger<ApiKeyStore>>()));
        }

        if (settings.RateLimit > 0)
        {
            services.AddRateLimiter(limiter =>
            {
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.OnRejected = (context, _) =>
                {
                    context.HttpContext.Response.Headers.RetryAfter = "1";
                    return new ValueTask(Problems.Write(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests", $"At most {settings.RateLimit} requests per second per key."));
                };
                limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                {
                    if (!context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
                    {
                        return RateLimitPartition.GetNoLimiter("unlimited");
                    }

                    var partition = context.Items[ApiKeyMiddleware.KeyNameItem] as string is { } name
                        ? "key:" + name
                        : "address:" + context.Connection.RemoteIpAddress;
                    return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = settings.RateLimit,
                        TokensPerPeriod = settings.RateLimit,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    });
                });
            });
        }
    }

    private static void ConfigurePipeline(WebApplication app, ServerSettings settings)
    {
        app.UseExceptionHandler();
        if (settings.ApiKeysPath is not null)
        {
            app.UseMiddleware<ApiKeyMiddleware>();
        }

        if (settings.RateLimit > 0)
        {
            app.UseRateLimiter();
        }

        app.UseMiddleware<ConcurrencyGate>();
        app.UseRouting();
        app.UseRequestTimeouts();
        DecisionEndpoints.Map(app);
        HealthEndpoints.Map(app);
        app.MapOpenApi("/openapi/{documentName}.json");
    }

    /// <summary>
    /// <c>--rules</c> takes a pack or a policy, as in the CLI: the file's <c>kind</c> decides which option
    /// it fills. A file that cannot be read or parsed goes in as a pack, so that start-up validation
    /// reports its problems.
    /// </summary>
    private static void ApplyRulesPath(ComplianceRulesOptions options, string? path)
    {
        if (path is null)
        {
            return;
        }

        if (KindOf(path) == "policy")
        {
            options.PolicyPath = path;
        }
        else
        {
            options.PackPath = path;
        }
    }

    private static string? KindOf(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String
                ? kind.GetString()
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
