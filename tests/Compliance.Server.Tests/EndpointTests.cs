using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Compliance.Server.Tests;

public sealed class EndpointTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Evaluate_answers_the_findings_with_the_pack_and_the_as_of_used()
    {
        using var response = await _server.PostJson("/v1/evaluate", Bodies.Evaluate(Bodies.ExampleRecord));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Json();
        Assert.Equal("2010-01-01T00:00:00Z", json.GetProperty("asOf").GetString());
        Assert.Equal("compliance-builtin", json.GetProperty("rulePack").GetProperty("id").GetString());
        Assert.Equal(64, json.GetProperty("rulePack").GetProperty("sha256").GetString()!.Length);
        // The example record breaks 12 rules at this as-of (the audit of the same record agrees).
        Assert.Equal(12, json.GetProperty("findings").GetArrayLength());
        Assert.Equal("Critical", json.GetProperty("findings")[0].GetProperty("severity").GetString());
        Assert.Equal(0, json.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Without_as_of_the_servers_clock_at_the_request_is_used_and_stated()
    {
        var before = DateTimeOffset.UtcNow;
        using var response = await _server.PostJson("/v1/evaluate", Bodies.Evaluate(Bodies.ExampleRecord, asOf: null));
        var after = DateTimeOffset.UtcNow;

        var asOf = DateTimeOffset.Parse((await response.Json()).GetProperty("asOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(asOf, before, after);
    }

    [Fact]
    public async Task A_cancellation_that_introduces_critical_findings_is_not_acceptable()
    {
        using var response = await _server.PostJson("/v1/check-proposal", Bodies.Proposal(Bodies.NotCancelled, Bodies.ExampleRecord));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Json();
        Assert.False(json.GetProperty("acceptable").GetBoolean());
        var introduced = json.GetProperty("introduced").EnumerateArray().Select(f => (f.GetProperty("ruleId").GetString(), f.GetProperty("severity").GetString())).ToArray();
        Assert.Contains(("CANCEL-003", "Critical"), introduced);
        Assert.DoesNotContain(introduced, f => f.Item1 == "SEXOFF-004");
        Assert.Equal(0, json.GetProperty("resolved").GetArrayLength());
        Assert.Matches("^[0-9a-f]{32}$", json.GetProperty("decisionId").GetString());
        Assert.Equal("High", json.GetProperty("blockAt").GetString());
    }

    [Fact]
    public async Task Block_at_decides_acceptability_and_a_new_record_introduces_every_finding()
    {
        // A creation introduces all 12 findings of the example, six of them Critical: refused even when only Critical blocks.
        // An unchanged record introduces nothing: accepted even when Low blocks.
        using var created = await _server.PostJson("/v1/check-proposal", Bodies.Proposal(null, Bodies.ExampleRecord, blockAt: "Critical"));
        using var unchanged = await _server.PostJson("/v1/check-proposal", Bodies.Proposal(Bodies.ExampleRecord, Bodies.ExampleRecord, blockAt: "Low"));

        var createdJson = await created.Json();
        Assert.Equal(12, createdJson.GetProperty("introduced").GetArrayLength());
        Assert.False(createdJson.GetProperty("acceptable").GetBoolean());
        var unchangedJson = await unchanged.Json();
        Assert.True(unchangedJson.GetProperty("acceptable").GetBoolean());
        Assert.Equal(0, unchangedJson.GetProperty("introduced").GetArrayLength());
    }

    [Fact]
    public async Task Explain_lists_every_record_rule()
    {
        using var response = await _server.PostJson("/v1/explain", Bodies.Evaluate(Bodies.ExampleRecord));

        var json = await response.Json();
        var rules = json.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(31, rules.Length);
        Assert.Equal(12, rules.Count(r => r.GetProperty("status").GetString() == "fired"));
        var fired = rules.First(r => r.GetProperty("ruleId").GetString() == "CANCEL-003");
        Assert.Equal("Critical", fired.GetProperty("severity").GetString());
        Assert.Equal("HOCR-2002", fired.GetProperty("timelines").GetProperty("countingRules").GetString());
        Assert.Equal("CR-2008-SW-004512", json.GetProperty("crimeRecordId").GetString());
    }

    [Fact]
    public async Task Rules_are_listed_and_shown_one_by_one()
    {
        var list = await (await _server.Get("/v1/rules")).Json();
        var cancel003 = await (await _server.Get("/v1/rules/CANCEL-003")).Json();
        using var missing = await _server.Get("/v1/rules/NOPE-001");

        // 31 record rules, 6 unit audits and 4 incident rules.
        Assert.Equal(41, list.GetProperty("rules").GetArrayLength());
        Assert.Equal(6, list.GetProperty("rules").EnumerateArray().Count(r => r.GetProperty("scope").GetString() == "unit"));
        Assert.Equal(4, list.GetProperty("rules").EnumerateArray().Count(r => r.GetProperty("scope").GetString() == "incident"));
        Assert.Equal("CANCEL-003", cancel003.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(cancel003.GetProperty("condition").GetString()));
        Assert.Equal(JsonValueKind.Object, cancel003.GetProperty("parameterValues").ValueKind);
        Assert.Equal(
            cancel003.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()),
            cancel003.GetProperty("parameterValues").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Liveness_and_readiness_report_the_loaded_pack()
    {
        using var health = await _server.Get("/healthz");
        using var ready = await _server.Get("/readyz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var json = await health.Json();
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Equal("compliance-builtin", json.GetProperty("data").GetProperty("packId").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_and_matches_the_published_one()
    {
        using var response = await _server.Get("/openapi/v1.json");
        var served = await response.Content.ReadAsStringAsync();

        var paths = JsonDocument.Parse(served).RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(["/healthz", "/readyz", "/v1/check-proposal", "/v1/evaluate", "/v1/explain", "/v1/rules", "/v1/rules/{id}"], paths);
        var published = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "compliance-server.v1.json"));
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(published), JsonNode.Parse(served)),
            "The served OpenAPI document differs from docs/openapi/compliance-server.v1.json; if the change is intended, save the served document there (docs/server.md says how).");
    }
}
