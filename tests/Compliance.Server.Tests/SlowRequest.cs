using System.Net.Sockets;
using System.Text;

namespace Compliance.Server.Tests;

/// <summary>
/// A request sent over a raw socket whose body arrives only when the test says so: a request that
/// stays in flight for as long as a test needs it to, without any timing in the server.
/// </summary>
internal sealed class SlowRequest : IDisposable
{
    private readonly TcpClient _client = new();
    private readonly byte[] _rest;
    private NetworkStream _stream = null!;
    private StreamReader _reader = null!;

    private SlowRequest(byte[] rest) => _rest = rest;

    /// <summary>
    /// Sends the headers and the body but for its last <paramref name="heldBack"/> bytes (10 by default).
    /// With <paramref name="waitUntilRead"/> the request asks for <c>100 Continue</c>, which the server
    /// sends only once the application starts reading the body: when it returns, the request is
    /// certainly in flight.
    /// </summary>
    public static async Task<SlowRequest> StartAsync(Uri server, string path, string body, bool waitUntilRead = false, int? heldBack = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new SlowRequest(bytes[^(heldBack ?? 10)..]);
        await request._client.ConnectAsync(server.Host, server.Port);
        request._stream = request._client.GetStream();
        request._reader = new StreamReader(request._stream, Encoding.ASCII, leaveOpen: true);
        var expect = waitUntilRead ? "Expect: 100-continue\r\n" : string.Empty;
        var head = $"POST {path} HTTP/1.1\r\nHost: {server.Host}:{server.Port}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n{expect}\r\n";
        await request._stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        if (waitUntilRead)
        {
            var interim = await request._reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            if (interim is null || !interim.Contains(" 100 ", StringComparison.Ordinal))
            {
                throw new IOException($"expected 100 Continue, got '{interim}'");
            }

            await request._reader.ReadLineAsync();
        }

        await request._stream.WriteAsync(bytes.AsMemory(0, bytes.Length - request._rest.Length));
        await request._stream.FlushAsync();
        return request;
    }

    /// <summary>Sends the rest of the body.</summary>
    public async Task FinishAsync() => await _stream.WriteAsync(_rest);

    /// <summary>Reads the rest of the answer after its status line (the connection closes after it).</summary>
    public async Task<string> ReadToEndAsync() => await _reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Reads the status code of the answer (the server may answer before the body is complete).</summary>
    public async Task<int> ReadStatusAsync()
    {
        var statusLine = await _reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) ?? throw new IOException("the connection closed without an answer");
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _client.Dispose();
    }
}
