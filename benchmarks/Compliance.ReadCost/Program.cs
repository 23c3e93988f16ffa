using System.Diagnostics;
using System.Text.Json;
using Compliance.Rules.Reading;

// Whole-process costs of reading one JSON Lines file, for side-by-side runs (benchmarks/paired.sh):
//   strict    — RecordReader into the record model, every check of an audit's read (nothing else);
//   nodup     — the same without duplicate-id detection (what the duplicate index costs is the difference);
//   document  — the same lines parsed into JsonDocument and thrown away (a generic parse: the
//               ceiling for any strict reader of the same bytes);
//   lines     — the lines only (file I/O and line splitting).
// Prints the mode, the records seen, the milliseconds spent inside the loop, the bytes allocated
// per record and the garbage collections of generations 0, 1 and 2.
if (args.Length != 2 || args[0] is not ("strict" or "nodup" or "document" or "lines"))
{
    Console.Error.WriteLine("usage: Compliance.ReadCost strict|nodup|document|lines <file.jsonl>");
    return 2;
}

var (mode, path) = (args[0], args[1]);
var clock = Stopwatch.StartNew();
var count = mode is "strict" or "nodup" ? Strict(path, detectDuplicates: mode == "strict") : Lines(path, parse: mode == "document");
var allocated = GC.GetTotalAllocatedBytes(precise: true);
Console.WriteLine($"{mode} {count} {clock.ElapsedMilliseconds} ms {allocated / Math.Max(count, 1)} B/record, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
return 0;

static long Strict(string path, bool detectDuplicates)
{
    using var source = RecordSource.Open(path);
    var parsed = 0L;
    foreach (var result in new RecordReader(new RecordReaderOptions { DetectDuplicateIds = detectDuplicates }).Read(source))
    {
        parsed += result is ParsedRecord ? 1 : 0;
    }

    return parsed;
}

static long Lines(string path, bool parse)
{
    // 1 MB reads, lines split on LF in place: what any streaming JSON Lines reader has to do.
    using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
    var buffer = new byte[1 << 20];
    var pending = 0;
    var count = 0L;
    while (true)
    {
        var read = stream.Read(buffer, pending, buffer.Length - pending);
        var filled = pending + read;
        var start = 0;
        while (true)
        {
            var end = Array.IndexOf(buffer, (byte)'\n', start, filled - start);
            if (end < 0)
            {
                break;
            }

            count += Line(buffer.AsMemory(start, end - start), parse);
            start = end + 1;
        }

        if (read == 0)
        {
            count += filled > start ? Line(buffer.AsMemory(start, filled - start), parse) : 0;
            return count;
        }

        pending = filled - start;
        Buffer.BlockCopy(buffer, start, buffer, 0, pending);
    }
}

static int Line(ReadOnlyMemory<byte> line, bool parse)
{
    if (line.IsEmpty)
    {
        return 0;
    }

    if (parse)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
    }

    return 1;
}
