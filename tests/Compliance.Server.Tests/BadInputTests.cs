using System.Net;
using System.Text;

namespace Compliance.Server.Tests;

public sealed class BadInputTests : IAsyncLifetime
{
    private const int OneMiB = 1024 * 1024;
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Malformed_json_answers_400_with_the_path_relative_to_the_body()
    {
        using var response = await _server.PostJson("/v1/evaluate", """{ "record": { "incident": { "reportReceivedAt": } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var error = (await response.Json()).GetProperty("errors")[0];
        Assert.Equal("$.record.incident.reportReceivedAt", error.GetProperty("path").GetString());
        Assert.Equal("NotJson", error.GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt64());
    }

    [Theory]
    [InlineData("""{ "record": {}, "asOf": "2010-01-01" }""", "$.asOf")]
    [InlineData("""{ "record": {}, "asOf": "2010-01-01T00:00:00" }""", "$.asOf")]
    [InlineData("""{ "record": {}, "extra": 1 }""", "$.extra")]
    [InlineData("""{ "asOf": "2010-01-01T00:00:00Z" }""", "$.record")]
    [InlineData("""[1, 2]""", "$")]
    public async Task A_body_that_is_not_the_endpoints_envelope_answers_400_naming_the_property(string body, string path)
    {
        using var response = await _server.PostJson("/v1/evaluate", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(path, (await response.Json()).GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("Severe")]
    [InlineData("high")]
    [InlineData("2")]
    public async Task An_unknown_block_at_answers_400(string blockAt)
    {
        using var response = await _server.PostJson("/v1/check-proposal", Bodies.Proposal(null, Bodies.ExampleRecord, blockAt));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("$.blockAt", (await response.Json()).GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_record_the_strict_reader_rejects_answers_422_with_its_reason_and_path()
    {
        var record = Bodies.ExampleRecord.Replace("\"2008-11-04T22:41:00Z\"", "\"4 Nov 2008\"", StringComparison.Ordinal);

        using var response = await _server.PostJson("/v1/check-proposal", Bodies.Proposal(null, record));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.Json()).GetProperty("errors")[0];
        Assert.Equal("$.proposed.incident.reportReceivedAt", error.GetProperty("path").GetString());
        Assert.Equal("InvalidRecord", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_record_of_an_unknown_schema_version_answers_422()
    {
        var record = Bodies.ExampleRecord.Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"9.0\"", StringComparison.Ordinal);

        using var response = await _server.PostJson("/v1/evaluate", Bodies.Evaluate(record));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("UnsupportedSchemaVersion", (await response.Json()).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_body_of_exactly_one_mebibyte_is_read_and_one_byte_more_answers_413()
    {
        var atLimit = Padded(Bodies.Evaluate(Bodies.ExampleRecord), OneMiB);
        var overLimit = Padded(Bodies.Evaluate(Bodies.ExampleRecord), OneMiB + 1);

        using var accepted = await _server.PostJson("/v1/evaluate", atLimit);

        // The server answers 413 from the declared length and closes the connection; a client still
        // sending the body then fails with a broken pipe instead of reading the answer (seen once in CI).
        // Asking first (Expect: 100-continue, waiting as long as it takes) lets the answer come before
        // any of the body is sent.
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) };
        using var client = new HttpClient(handler) { BaseAddress = _server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/evaluate") { Content = new StringContent(overLimit, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;
        using var refused = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
    }

    [Fact]
    public async Task A_body_with_broken_chunked_framing_answers_400_not_500()
    {
        // "zz" is not a chunk size: Kestrel refuses the body while the endpoint reads it.
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(_server.Address.Host, _server.Address.Port);
        var stream = client.GetStream();
        var request = $"POST /v1/evaluate HTTP/1.1\r\nHost: {_server.Address.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{{}}\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var answer = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.StartsWith("HTTP/1.1 400 ", answer, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_keeps_answering_after_bad_requests()
    {
        for (var i = 0; i < 20; i++)
        {
            using var bad = await _server.PostJson("/v1/evaluate", "{");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        using var good = await _server.PostJson("/v1/evaluate", Bodies.Evaluate(Bodies.ExampleRecord));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    /// <summary>Pads a JSON body with trailing white space to exactly <paramref name="bytes"/> UTF-8 bytes.</summary>
    private static string Padded(string json, int bytes) => json + new string(' ', bytes - Encoding.UTF8.GetByteCount(json));
}
