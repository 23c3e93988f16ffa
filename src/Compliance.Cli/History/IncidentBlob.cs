using System.IO.Compression;
using Compliance.Rules.Incidents;

namespace Compliance.Cli.History;

/// <summary>
/// An incident log as the store keeps it: its normalised JSON (written the one way the serializer
/// writes it), Brotli-compressed at the quality the records use (<see cref="RecordBlob"/>, where the
/// measurement behind it is).
/// </summary>
internal static class IncidentBlob
{
    private const int Quality = 4;
    private const int Window = 22;

    public static byte[] Compress(IncidentLog incident)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(incident, IncidentJson.TypeInfo);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(json.Length)];
        if (!BrotliEncoder.TryCompress(json, buffer, out var written, Quality, Window))
        {
            throw new InvalidOperationException("an incident could not be compressed");
        }

        return buffer[..written];
    }

    public static IncidentLog Decompress(byte[] blob)
    {
        using var input = new MemoryStream(blob, writable: false);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var json = new MemoryStream();
        brotli.CopyTo(json);
        return IncidentJson.Parse(json.GetBuffer().AsSpan(0, (int)json.Length));
    }
}
