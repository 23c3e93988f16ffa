using System.Text;
using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary>
/// A 64-bit hash match is confirmed on the id itself: with a hash under which every id collides
/// (the test seam), different ids are never duplicates, and the same id still is, with or
/// without a pre-scan.
/// </summary>
public sealed class HashCollisionTests
{
    private static ulong Constant(ReadOnlySpan<char> text) => 42;

    [Fact]
    public void Different_ids_with_one_hash_are_not_duplicates()
    {
        var index = new CrimeRecordIdIndex(Constant);

        Assert.True(index.TryAdd("CR-1", 0, 1, out _, out _));
        Assert.True(index.TryAdd("CR-2", 0, 2, out _, out _));
        Assert.True(index.TryAdd("CR-3", 1, 3, out _, out _));
        Assert.False(index.TryAdd("CR-2", 1, 9, out var source, out var line));
        Assert.Equal((0, 2L), (source, line));
        Assert.False(index.TryAdd("CR-1", 1, 10, out source, out line));
        Assert.Equal((0, 1L), (source, line));
        Assert.Equal(3, index.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_run_with_colliding_ids_rejects_only_true_repeats(bool prescan)
    {
        var text = string.Join("\n", new[] { "CR-1", "CR-2", "CR-3", "CR-2", "CR-4" }.Select(id => SampleRecords.Minimal(id))) + "\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new RecordReader { Prescan = PrescanSettings.Default with { IdHash = Constant } };
        using var source = RecordSource.FromStream(new MemoryStream(bytes), "input", RecordInputFormat.JsonLines);
        if (prescan)
        {
            Assert.True(reader.PrepareDuplicateDetection([source]));
        }

        var results = reader.Read(source).ToList();

        var rejection = Assert.Single(results.OfType<Rejection>());
        Assert.Equal((RejectionCode.DuplicateCrimeRecordId, 4L), (rejection.Code, rejection.Line));
        Assert.Contains("already read at input line 2", rejection.Reason, StringComparison.Ordinal);
    }
}
