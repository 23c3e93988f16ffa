using System.Text;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Compliance.Synthetic;

namespace Compliance.Rules.Tests.Reading;

/// <summary>
/// A read whose parsing is shared with helping threads gives exactly the results of a read without
/// it — every record, every rejection with its reason, path, position and ids, in the same order,
/// and the same counts — whichever thread parsed which record.
/// </summary>
public sealed class SharedParsingTests
{
    // Small enough that one line of the corpus is over it.
    private static readonly RecordReaderOptions Options = new() { MaxRecordBytes = 64 * 1024 };

    private static readonly byte[] Corpus = BuildCorpus();

    [Fact]
    public void Helped_on_every_other_batch_the_read_gives_every_result_of_a_read_without_it()
    {
        var sharing = new SharedParsing();
        var posts = 0;

        // On the reading thread itself, but through the helpers' way (a parser of their own):
        // which batches are helped is then fixed, and both ways of parsing are certainly used.
        sharing.WorkPosted += () =>
        {
            if (posts++ % 2 == 0)
            {
                Assert.True(sharing.TryHelp());
            }
        };

        var (shared, sharedCounts) = Read(reader => reader.Read(Source(Corpus), sharing));
        var (plain, plainCounts) = Read(reader => reader.Read(Source(Corpus)));

        AssertSame(plain, shared);
        Assert.Equal(plainCounts, sharedCounts);
        Assert.True(posts > 10, $"only {posts} batches were posted");
        Assert.True(sharing.HelpedChunks > 0);
    }

    [Fact]
    public void Helped_by_another_thread_all_along_the_read_gives_every_result_of_a_read_without_it()
    {
        var sharing = new SharedParsing();
        var done = false;
        var helper = new Thread(() =>
        {
            while (!Volatile.Read(ref done))
            {
                sharing.TryHelp();
            }
        });
        helper.Start();

        List<ReadResult> shared;
        string sharedCounts;
        try
        {
            (shared, sharedCounts) = Read(reader => reader.Read(Source(Corpus), sharing));
        }
        finally
        {
            Volatile.Write(ref done, true);
            helper.Join();
        }

        var (plain, plainCounts) = Read(reader => reader.Read(Source(Corpus)));
        AssertSame(plain, shared);
        Assert.Equal(plainCounts, sharedCounts);
    }

    [Fact]
    public void A_failing_input_fails_after_the_results_framed_before_it_as_without_sharing()
    {
        var failAt = Corpus.Length / 2;
        var sharing = new SharedParsing();
        sharing.WorkPosted += () => sharing.TryHelp();

        var (plain, plainError) = ReadUntilFailure(reader => reader.Read(RecordSource.FromStream(new TricklingStream(Corpus, 64 * 1024, failAt), "input.jsonl", RecordInputFormat.JsonLines)));
        var (shared, sharedError) = ReadUntilFailure(reader => reader.Read(RecordSource.FromStream(new TricklingStream(Corpus, 64 * 1024, failAt), "input.jsonl", RecordInputFormat.JsonLines), sharing));

        Assert.IsType<IOException>(plainError);
        Assert.IsType<IOException>(sharedError);
        Assert.True(plain.Count > 100, $"only {plain.Count} results came before the failure");
        AssertSame(plain, shared);
    }

    [Fact]
    public void A_json_document_is_read_as_without_sharing_and_posts_nothing()
    {
        var document = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Range(1, 50).Select(i => SampleRecords.Minimal($"CR-{i % 40}"))) + "]");
        var sharing = new SharedParsing();
        var posts = 0;
        sharing.WorkPosted += () => posts++;

        var (shared, sharedCounts) = Read(reader => reader.Read(RecordSource.FromStream(new MemoryStream(document), "input.json", RecordInputFormat.Json), sharing));
        var (plain, plainCounts) = Read(reader => reader.Read(RecordSource.FromStream(new MemoryStream(document), "input.json", RecordInputFormat.Json)));

        AssertSame(plain, shared);
        Assert.Equal(plainCounts, sharedCounts);
        Assert.Equal(10, shared.OfType<Rejection>().Count());
        Assert.Equal(0, posts);
    }

    [Fact]
    public void There_is_nothing_to_help_with_when_no_batch_is_posted()
    {
        var sharing = new SharedParsing();
        Assert.False(sharing.TryHelp());

        // Read to the end: no batch stays posted after it.
        _ = Read(reader => reader.Read(Source(Corpus), sharing));
        Assert.False(sharing.TryHelp());
    }

    private static RecordSource Source(byte[] bytes) => RecordSource.FromStream(new MemoryStream(bytes), "input.jsonl", RecordInputFormat.JsonLines);

    private static (List<ReadResult> Results, string Counts) Read(Func<RecordReader, IEnumerable<ReadResult>> read)
    {
        var reader = new RecordReader(Options);
        var results = read(reader).ToList();
        var s = reader.Statistics;
        var byCode = string.Join(",", Enum.GetValues<RejectionCode>().Select(code => s.RejectedFor(code)));
        return (results, $"{s.Read} {s.Parsed} {s.Rejected} {s.InputProblems} {s.UnreadBytes} {s.BlankLines} {s.Sources} [{byCode}]");
    }

    private static (List<ReadResult> Results, Exception? Error) ReadUntilFailure(Func<RecordReader, IEnumerable<ReadResult>> read)
    {
        var results = new List<ReadResult>();
        try
        {
            foreach (var result in read(new RecordReader(Options)))
            {
                results.Add(result);
            }
        }
        catch (IOException e)
        {
            return (results, e);
        }

        return (results, null);
    }

    private static void AssertSame(List<ReadResult> expected, List<ReadResult> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            switch (expected[i])
            {
                case ParsedRecord record:
                    var parsed = Assert.IsType<ParsedRecord>(actual[i]);
                    Assert.Equal((record.Source, record.Line), (parsed.Source, parsed.Line));
                    Assert.Equal(RecordJson.Serialize(record.Record), RecordJson.Serialize(parsed.Record));
                    break;
                case Rejection rejection:
                    var other = Assert.IsType<Rejection>(actual[i]);
                    Assert.Equal(
                        (rejection.Code, rejection.Reason, rejection.JsonPath, rejection.BytePosition, rejection.Line, rejection.Source, rejection.IsRecord, rejection.Id, rejection.NamedIncidentId),
                        (other.Code, other.Reason, other.JsonPath, other.BytePosition, other.Line, other.Source, other.IsRecord, other.Id, other.NamedIncidentId));
                    break;
                default:
                    throw new InvalidOperationException($"unexpected result {expected[i]}");
            }
        }
    }

    /// <summary>
    /// Generated records with, among them, everything a read treats specially: repeated ids (also
    /// across batches), the hostile lines the decoders are compared on, blank lines, CRLF, invalid
    /// UTF-8, a line over the size limit, text that is not JSON, and a last line without its end.
    /// </summary>
    private static byte[] BuildCorpus()
    {
        var generated = SyntheticRecords.Generate(new GeneratorOptions { Records = 700, Seed = 16, Scenario = GeneratorScenario.Sapphire }).Select(RecordJson.Serialize).ToArray();
        var hostile = HostileLines();
        var output = new MemoryStream();
        void Line(string text, string end = "\n")
        {
            var bytes = Encoding.UTF8.GetBytes(text + end);
            output.Write(bytes);
        }

        for (var i = 0; i < generated.Length; i++)
        {
            Line(generated[i], i % 11 == 0 ? "\r\n" : "\n");
            if (i % 5 == 0)
            {
                Line(hostile[i / 5 % hostile.Length]);
            }

            switch (i % 97)
            {
                case 3:
                    Line(generated[i / 2]);
                    break;
                case 17:
                    Line("   ");
                    Line(string.Empty);
                    break;
                case 29:
                    output.Write([(byte)'{', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}', (byte)'\n']);
                    break;
                case 41:
                    Line("not json at all");
                    break;
                case 53:
                    Line("{\"crimeRecordId\":\"" + new string('x', 70 * 1024) + "\"}");
                    break;
            }
        }

        Line(generated[0].Replace("\"CR-", "\"CR-LAST-", StringComparison.Ordinal), end: string.Empty);
        return output.ToArray();
    }

    private static string[] HostileLines() =>
        [.. ((IEnumerable<object[]>)DirectDecoderDifferentialTests.Hostile()).Select(row => (string)row[0])];
}
