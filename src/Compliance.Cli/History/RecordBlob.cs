using System.IO.Compression;
using Compliance.Rules.Records;

namespace Compliance.Cli.History;

/// <summary>
/// A record as the store keeps it: its normalised JSON (what the model reads back, written the one
/// way the serializer writes it, whatever the layout of the export), Brotli-compressed.
/// </summary>
/// <remarks>
/// Brotli at quality 4 rather than the default 11: on generated records quality 11 saved a further
/// fifth of the size but made a load of 100 000 records several times slower; the store is read
/// back only on a rebuild, so speed of writing wins.
/// </remarks>
internal static class RecordBlob
{
    private const int Quality = 4;
    private const int Window = 22;

    public static byte[] Compress(CrimeRecord record)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(record, RecordJson.TypeInfo);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(json.Length)];
        if (!BrotliEncoder.TryCompress(json, buffer, out var written, Quality, Window))
        {
            throw new InvalidOperationException("a record could not be compressed");
        }

        return buffer[..written];
    }

    public static CrimeRecord Decompress(byte[] blob)
    {
        using var input = new MemoryStream(blob, writable: false);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var json = new MemoryStream();
        brotli.CopyTo(json);
        return RecordJson.Parse(json.GetBuffer().AsSpan(0, (int)json.Length));
    }
}
