using System.Net;
using Compliance.Server.Access;

namespace Compliance.Server.Tests;

public sealed class AccessTests : IDisposable
{
    private const string RmsKey = "rms-secret-key-0001";
    private const string AuditKey = "audit-secret-key-0002";
    private readonly KeyFiles _keys = new();

    [Fact]
    public async Task A_v1_call_needs_a_known_key_and_health_and_openapi_do_not()
    {
        _keys.Write($"# keys of the test\nrms-prod {KeyFiles.Hash(RmsKey)}\n\n");
        await using var server = await RunningServer.StartAsync(new ServerSettings { ApiKeysPath = _keys.Path });

        using var none = await server.Get("/v1/rules");
        using var wrong = await server.Get("/v1/rules", "not-a-key");
        using var right = await server.Get("/v1/rules", RmsKey);
        using var health = await server.Get("/healthz");
        using var openApi = await server.Get("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("Bearer", wrong.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
    }

    [Fact]
    public async Task Known_keys_are_logged_by_name_and_unknown_ones_by_hash_prefix_never_the_key()
    {
        _keys.Write($"rms-prod {KeyFiles.Hash(RmsKey)}\n");
        await using var server = await RunningServer.StartAsync(new ServerSettings { ApiKeysPath = _keys.Path });

        (await server.Get("/v1/rules", RmsKey)).Dispose();
        (await server.Get("/v1/rules", "guessed-key")).Dispose();

        var logs = server.Logs.GetSnapshot();
        Assert.Contains(logs, r => r.Id.Id == 101 && r.GetStructuredStateValue("KeyName") == "rms-prod");
        var unknown = Assert.Single(logs, r => r.Id.Id == 102);
        Assert.Equal(KeyFiles.Hash("guessed-key")[..8], unknown.GetStructuredStateValue("KeyHashPrefix"));
        Assert.Contains("unknown-key", unknown.Message, StringComparison.Ordinal);
        Assert.All(logs, r => Assert.DoesNotContain(RmsKey, r.Message, StringComparison.Ordinal));
        Assert.All(logs, r => Assert.DoesNotContain("guessed-key", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_key_file_is_reread_and_an_invalid_one_keeps_the_old_keys()
    {
        _keys.Write($"rms-prod {KeyFiles.Hash(RmsKey)}\n");
        await using var server = await RunningServer.StartAsync(new ServerSettings { ApiKeysPath = _keys.Path });

        _keys.Write($"rms-prod {KeyFiles.Hash(RmsKey)}\naudit {KeyFiles.Hash(AuditKey)}\n");
        await Until(async () => (await server.Get("/v1/rules", AuditKey)).StatusCode == HttpStatusCode.OK);

        _keys.Write($"audit {KeyFiles.Hash(AuditKey).ToUpperInvariant()}\n");
        await Until(() => Task.FromResult(server.Logs.GetSnapshot().Any(r => r.Id.Id == 104)));

        Assert.Equal(HttpStatusCode.OK, (await server.Get("/v1/rules", RmsKey)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Get("/v1/rules", AuditKey)).StatusCode);
        Assert.Contains(server.Logs.GetSnapshot(), r => r.Id.Id == 105 && r.Message.Contains("keys.txt:1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_key_is_32_random_bytes_in_base64url_and_its_line_admits_it()
    {
        var output = new StringWriter();
        var exit = await ServerCommand.RunAsync(["--new-key", "rms-prod"], output, new StringWriter(), _ => Task.FromResult(99));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var key = lines[0]["key:".Length..].Trim();
        var line = lines[1]["line:".Length..].Trim();

        Assert.Equal(0, exit);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", key);
        Assert.Equal($"rms-prod {KeyFiles.Hash(key)}", line);
        _keys.Write(line + "\n");
        await using var server = await RunningServer.StartAsync(new ServerSettings { ApiKeysPath = _keys.Path });
        Assert.Equal(HttpStatusCode.OK, (await server.Get("/v1/rules", key)).StatusCode);
    }

    [Fact]
    public void The_key_file_format_is_checked_line_by_line()
    {
        var hash = KeyFiles.Hash(RmsKey);
        var text = string.Join('\n',
            "# comment",
            $"ok-1 {hash}   # trailing comment",
            "",
            $"bad/name {hash}",
            $"upper {hash.ToUpperInvariant()}",
            $"short {hash[..63]}",
            $"three fields {hash}",
            $"ok-1 {hash}",
            $"{new string('n', 64)} {hash}",
            $"{new string('n', 65)} {hash}");

        var (keys, problems) = ApiKeyFile.Parse(text, "keys.txt");

        Assert.Equal(["ok-1", new string('n', 64)], keys.Select(k => k.Name));
        Assert.Equal(
            ["keys.txt:4:", "keys.txt:5:", "keys.txt:6:", "keys.txt:7:", "keys.txt:8:", "keys.txt:10:"],
            problems.Select(p => p[..(p.IndexOf(':', 9) + 1)]));
    }

    [Fact]
    public async Task An_invalid_key_file_stops_the_start_with_its_line()
    {
        _keys.Write($"rms-prod {KeyFiles.Hash(RmsKey)}\nrms-prod {KeyFiles.Hash(AuditKey)}\n");
        var errors = new StringWriter();

        var app = ServerApp.Build(new ServerSettings { ApiKeysPath = _keys.Path, Urls = ["http://127.0.0.1:0"] }, errors, _ => null);

        Assert.Null(app);
        Assert.Contains("keys.txt:2: the name \"rms-prod\" is used twice", errors.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _keys.Dispose();

    private static async Task Until(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not become true in 15 s");
            await Task.Delay(50);
        }
    }
}
