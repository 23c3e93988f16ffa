using System.CommandLine;
using System.Text.RegularExpressions;
using Compliance.Server.Access;

namespace Compliance.Server;

/// <summary>The <c>compliance-server</c> command line.</summary>
internal static partial class ServerCommand
{
    public static RootCommand Create(TextWriter output, TextWriter error, Func<ServerSettings, Task<int>> serve)
    {
        var urls = new Option<string[]>("--urls") { Description = "Addresses to listen on (default http://localhost:5000). Any that is not loopback needs --api-keys.", AllowMultipleArgumentsPerToken = true };
        var rules = new Option<string?>("--rules") { Description = "A rule pack or a policy file (JSON), reloaded when it changes. Default: the built-in pack." };
        var apiKeys = new Option<string?>("--api-keys") { Description = "The key file: one '<name> <sha256-hex>' per line, re-read when it changes." };
        var rateLimit = new Option<int>("--rate-limit") { Description = "Requests per second per key (per client address without keys); 0 turns the limit off.", DefaultValueFactory = _ => 200 };
        var maxConcurrency = new Option<int>("--max-concurrency") { Description = "Requests evaluated at once (100 more may wait; beyond that 503).", DefaultValueFactory = _ => 2 * Environment.ProcessorCount };
        var requireHttps = new Option<bool>("--require-https") { Description = "Refuse plain HTTP on addresses that are not loopback (true|false).", DefaultValueFactory = _ => true, Arity = ArgumentArity.ExactlyOne };
        var newKey = new Option<string?>("--new-key") { Description = "Print a new random key and its key-file line for <name>, then exit." };

        var root = new RootCommand("An HTTP decision service for the national crime-recording rules: evaluate records and proposed changes, explain findings, list rules.")
        {
            urls, rules, apiKeys, rateLimit, maxConcurrency, requireHttps, newKey,
        };
        root.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(newKey) is { } name)
            {
                if (!KeyName().IsMatch(name))
                {
                    error.WriteLine("error: a key name is 1 to 64 of A-Z a-z 0-9 . _ -");
                    return 2;
                }

                var (key, line) = NewKey.Create(name);
                output.WriteLine($"key:  {key}");
                output.WriteLine($"line: {line}");
                error.WriteLine("Give the key to the client; add the line to the key file. The key is not stored anywhere.");
                return 0;
            }

            var settings = new ServerSettings
            {
                Urls = parse.GetValue(urls) ?? [],
                RulesPath = parse.GetValue(rules),
                ApiKeysPath = parse.GetValue(apiKeys),
                RateLimit = parse.GetValue(rateLimit),
                MaxConcurrency = parse.GetValue(maxConcurrency),
                RequireHttps = parse.GetValue(requireHttps),
            };
            if (settings.RateLimit < 0 || settings.MaxConcurrency < 1)
            {
                error.WriteLine("error: --rate-limit must be 0 or more and --max-concurrency 1 or more");
                return 2;
            }

            return await serve(settings);
        });
        return root;
    }

    /// <summary>Parses and runs; a usage error exits 2.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<ServerSettings, Task<int>> serve)
    {
        var root = Create(output, error, serve);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            error.WriteLine("Run 'compliance-server --help' for usage.");
            return 2;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex KeyName();
}
