using System.Text;
using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary>
/// Duplicate detection after a pre-scan (<see cref="RecordReader.PrepareDuplicateDetection"/>):
/// the same answers as the reader that remembers every id, and a reader that cannot miss one.
/// </summary>
public sealed class PrescanTests : IDisposable
{
    private static readonly string A = SampleRecords.Minimal("CR-A");
    private static readonly string B = SampleRecords.Minimal("CR-B");

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "compliance-prescan-tests-" + Path.GetRandomFileName())).FullName;

    /// <summary>Inputs, and the duplicate rejections each must give.</summary>
    public static TheoryData<string, string, RecordInputFormat, string[]> Duplicates => new()
    {
        {
            "CRLF and a byte order mark",
            $"\uFEFF{A}\r\n{B}\r\n\r\n{A}\r\n", RecordInputFormat.JsonLines,
            ["input:4: crimeRecordId \"CR-A\" was already read at input line 1; the first record with an id is kept (at $.crimeRecordId)"]
        },
        {
            "an array",
            $"[\n{A},\n{B},\n{A}\n]", RecordInputFormat.Json,
            ["input:4: crimeRecordId \"CR-A\" was already read at input line 2; the first record with an id is kept (at $.crimeRecordId)"]
        },
        {
            "an id three times",
            $"{A}\n{A}\n{B}\n{A}\n", RecordInputFormat.JsonLines,
            [
                "input:2: crimeRecordId \"CR-A\" was already read at input line 1; the first record with an id is kept (at $.crimeRecordId)",
                "input:4: crimeRecordId \"CR-A\" was already read at input line 1; the first record with an id is kept (at $.crimeRecordId)",
            ]
        },
        {
            "an escaped id",
            $"{SampleRecords.Minimal("CR\\u002D1")}\n{SampleRecords.Minimal("CR-1")}\n", RecordInputFormat.JsonLines,
            ["input:2: crimeRecordId \"CR-1\" was already read at input line 1; the first record with an id is kept (at $.crimeRecordId)"]
        },
        {
            "a first record that does not parse",
            $"{SampleRecords.Minimal("CR-A", ",\"colour\":\"red\"")}\n{A}\n{A}\n", RecordInputFormat.JsonLines,
            ["input:3: crimeRecordId \"CR-A\" was already read at input line 2; the first record with an id is kept (at $.crimeRecordId)"]
        },
        {
            // The pre-scan stops at the first top-level id property: text inside a value before it that
            // looks like one (quotes, braces, backslashes) must not be taken for it.
            "the id after an object whose text looks like an id",
            $$$"""{"schemaVersion":"1.0","force":{"code":"MPS","name":"a \"crimeRecordId\":\"CR-B\"} ] [ { \\"},"crimeRecordId":"CR-A","incident":{"reportReceivedAt":"2008-11-04T22:41:00Z"}}""" + $"\n{B}\n{A}\n", RecordInputFormat.JsonLines,
            ["input:3: crimeRecordId \"CR-A\" was already read at input line 1; the first record with an id is kept (at $.crimeRecordId)"]
        },
        {
            "an escaped name of the id property",
            $$$"""{"schemaVersion":"1.0","crimeRecord\u0049d":"CR-A","incident":{"reportReceivedAt":"2008-11-04T22:41:00Z"}}""" + $"\n{A}\n", RecordInputFormat.JsonLines,
            ["input:2: crimeRecordId \"CR-A\" was already read at input line 1; the first record with an id is kept (at $.crimeRecordId)"]
        },
        {
            "white space around names and values",
            $$$"""{ "schemaVersion" : "1.0" , "crimeRecordId" : "CR-A" , "incident" : { "reportReceivedAt" : "2008-11-04T22:41:00Z" } }""" + $"\n{A}\n", RecordInputFormat.JsonLines,
            ["input:2: crimeRecordId \"CR-A\" was already read at input line 1; the first record with an id is kept (at $.crimeRecordId)"]
        },
        {
            "a non-ASCII id",
            $"{SampleRecords.Minimal("CR-é-𝄞")}\n{SampleRecords.Minimal("CR-\\u00e9-𝄞")}\n", RecordInputFormat.JsonLines,
            ["input:2: crimeRecordId \"CR-é-𝄞\" was already read at input line 1; the first record with an id is kept (at $.crimeRecordId)"]
        },
        {
            // A property given twice rejects the record, so its ids are nobody's first: CR-A on line 2 is new.
            "the id property twice in one record",
            $"{SampleRecords.Minimal("CR-B", ",\"crimeRecordId\":\"CR-A\"")}\n{A}\n", RecordInputFormat.JsonLines,
            []
        },
    };

    [Theory]
    [MemberData(nameof(Duplicates))]
    public void Duplicates_are_found_the_same_with_and_without_a_prescan(string what, string text, RecordInputFormat format, string[] rejections)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        var plain = ReadAll.InMemory([bytes], format);
        var prescanned = ReadAll.Prescanned([bytes], format);

        ReadAll.AssertSame(plain, prescanned);
        var duplicates = prescanned.Rejections.Where(r => r.Code == RejectionCode.DuplicateCrimeRecordId).Select(r => r.ToString()).ToList();
        Assert.True(rejections.SequenceEqual(duplicates), $"{what}: {string.Join(" | ", duplicates)}");
    }

    [Fact]
    public void Duplicates_are_found_across_files_named_as_given()
    {
        var monday = Write("monday.jsonl", $"{B}\n{A}\n");
        var tuesday = Write("tuesday.json", $"[{SampleRecords.Minimal("CR-C")},\n{A}]");
        var reader = new RecordReader();
        using var first = RecordSource.Open(monday);
        using var second = RecordSource.Open(tuesday);

        Assert.True(reader.PrepareDuplicateDetection([first, second]));
        var results = reader.Read(first).Concat(reader.Read(second)).ToList();

        var rejection = Assert.Single(results.OfType<Rejection>());
        Assert.Equal((tuesday, 2L), (rejection.Source, rejection.Line));
        Assert.Equal($"crimeRecordId \"CR-A\" was already read at {monday} line 2; the first record with an id is kept", rejection.Reason);
        Assert.Equal((3, 1, 2), (reader.Statistics.Parsed, reader.Statistics.Rejected, reader.Statistics.Sources));
    }

    [Fact]
    public void Many_spilled_runs_are_merged_and_their_files_removed()
    {
        // 300 records, every seventh repeating an earlier id: 43 sorted runs of 7 hashes on disk.
        var lines = Enumerable.Range(0, 300).Select(n => SampleRecords.Minimal(n % 7 == 6 ? $"CR-{n / 2}" : $"CR-{n}"));
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines));
        var reader = new RecordReader { Prescan = new(7, _folder) };
        using var source = RecordSource.FromStream(new MemoryStream(bytes), "input", RecordInputFormat.JsonLines);

        Assert.True(reader.PrepareDuplicateDetection([source]));
        var prescanned = new ReadAll.Outcome(reader.Read(source).ToList(), reader.Statistics);

        ReadAll.AssertSame(ReadAll.InMemory([bytes], RecordInputFormat.JsonLines), prescanned);

        // A repeat is a duplicate unless the line it points back to itself carries a repeated id.
        Assert.Equal(Enumerable.Range(0, 300).Count(n => n % 7 == 6 && n / 2 % 7 != 6), prescanned.Rejections.Count());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void The_hash_finder_spills_full_runs_and_finds_exactly_the_repeated_hashes()
    {
        var random = new Random(7);
        var hashes = Enumerable.Range(0, 500).Select(_ => (ulong)random.Next(400) * 0x9E3779B97F4A7C15UL).ToList();
        var expected = hashes.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();

        HashSet<ulong> repeated;
        using (var finder = new RepeatedHashFinder(new PrescanSettings(16, _folder)))
        {
            hashes.ForEach(finder.Add);
            Assert.Equal(31, finder.SpilledRuns);
            repeated = finder.Find();

            // 31 full runs while adding, and the last 4 hashes as a run of their own.
            Assert.Equal(32, finder.SpilledRuns);
        }

        Assert.True(expected.SetEquals(repeated));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void A_single_run_is_never_written_to_disk()
    {
        using var finder = new RepeatedHashFinder(new PrescanSettings(16, _folder));
        foreach (var hash in new ulong[] { 5, 1, 5, 9, 1, 5 })
        {
            finder.Add(hash);
        }

        Assert.Equal([1UL, 5UL], finder.Find().Order());
        Assert.Equal(0, finder.SpilledRuns);
    }

    [Fact]
    public void The_prescan_leaves_each_stream_where_it_was_and_counts_nothing()
    {
        var bytes = Encoding.UTF8.GetBytes($"garbage before the start\n{A}\n{A}\n");
        var start = "garbage before the start\n".Length;
        var reader = new RecordReader();
        using var source = RecordSource.FromStream(new MemoryStream(bytes) { Position = start }, "input", RecordInputFormat.JsonLines);

        Assert.True(reader.PrepareDuplicateDetection([source]));

        Assert.Equal(start, source.Stream.Position);
        Assert.Equal((0L, 0, 0L), (reader.Statistics.Read, reader.Statistics.Sources, reader.Statistics.BlankLines));
        Assert.Equal([1L, 2L], reader.Read(source).Select(r => r.Line));
        Assert.Equal((1L, 1L), (reader.Statistics.Parsed, reader.Statistics.RejectedFor(RejectionCode.DuplicateCrimeRecordId)));
    }

    [Fact]
    public void A_prepared_reader_refuses_a_source_it_did_not_scan()
    {
        var reader = new RecordReader();
        using var scanned = Source($"{A}\n");
        using var other = Source($"{A}\n");
        reader.PrepareDuplicateDetection([scanned]);

        var error = Assert.Throws<InvalidOperationException>(() => reader.Read(other));

        Assert.Contains("was not among the sources given to PrepareDuplicateDetection", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => reader.ReadAsync(other));
    }

    [Fact]
    public void A_prepared_reader_refuses_a_scanned_source_that_was_moved_or_read_already()
    {
        var reader = new RecordReader();
        using var source = Source($"{A}\n{B}\n");
        reader.PrepareDuplicateDetection([source]);
        Assert.Equal(2, reader.Read(source).Count());

        var error = Assert.Throws<InvalidOperationException>(() => reader.Read(source));

        Assert.Contains("is no longer where PrepareDuplicateDetection scanned it from", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_that_grew_after_the_scan_ends_its_results_with_an_error()
    {
        var reader = new RecordReader();
        var growing = new MemoryStream();
        growing.Write(Encoding.UTF8.GetBytes($"{A}\n"));
        growing.Position = 0;
        using var source = RecordSource.FromStream(growing, "input", RecordInputFormat.JsonLines);
        reader.PrepareDuplicateDetection([source]);
        source.Stream.Position = source.Stream.Length;
        source.Stream.Write(Encoding.UTF8.GetBytes($"{A}\n"));
        source.Stream.Position = 0;

        var results = new List<ReadResult>();
        var error = Assert.Throws<IOException>(() => results.AddRange(reader.Read(source)));

        Assert.Equal(2, results.Count);
        Assert.Contains("input changed while it was being read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Preparing_is_done_once_and_before_any_read()
    {
        using var source = Source($"{A}\n");
        var prepared = new RecordReader();
        prepared.PrepareDuplicateDetection([source]);
        var reading = new RecordReader();
        _ = reading.Read(source);

        Assert.Throws<InvalidOperationException>(() => prepared.PrepareDuplicateDetection([source]));
        Assert.Throws<InvalidOperationException>(() => reading.PrepareDuplicateDetection([source]));
    }

    [Fact]
    public void A_source_that_cannot_seek_means_no_prescan_and_every_id_remembered()
    {
        var bytes = Encoding.UTF8.GetBytes($"{A}\n{A}\n");
        var reader = new RecordReader();
        using var seekable = Source($"{B}\n");
        using var pipe = RecordSource.FromStream(new TricklingStream(bytes, 5), RecordSource.StandardInputName, RecordInputFormat.JsonLines);

        Assert.False(reader.PrepareDuplicateDetection([seekable, pipe]));

        Assert.Equal(0, seekable.Stream.Position);
        var rejection = Assert.Single(reader.Read(seekable).Concat(reader.Read(pipe)).OfType<Rejection>());
        Assert.Equal((RejectionCode.DuplicateCrimeRecordId, 2L), (rejection.Code, rejection.Line));
    }

    [Fact]
    public void Without_duplicate_detection_there_is_nothing_to_prepare()
    {
        var reader = new RecordReader(new RecordReaderOptions { DetectDuplicateIds = false });
        using var source = Source($"{A}\n{A}\n");

        Assert.False(reader.PrepareDuplicateDetection([source]));
        Assert.Equal(2, reader.Read(source).OfType<ParsedRecord>().Count());
    }

    [Fact]
    public async Task A_cancelled_prescan_leaves_the_reader_as_if_it_had_not_been_asked()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var reader = new RecordReader();
        using var source = Source($"{A}\n{A}\n");

        Assert.ThrowsAny<OperationCanceledException>(() => reader.PrepareDuplicateDetection([source], cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reader.PrepareDuplicateDetectionAsync([source], cancelled.Token));

        Assert.Equal(0, source.Stream.Position);
        Assert.Equal(RejectionCode.DuplicateCrimeRecordId, Assert.Single(reader.Read(source).OfType<Rejection>()).Code);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static RecordSource Source(string text) =>
        RecordSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), "input", RecordInputFormat.JsonLines);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
