using System.Text;
using Compliance.Rules.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Compliance.Rules.Tests.Reading;

/// <summary>Properties over arbitrary mixtures of valid records, garbage and blank lines.</summary>
public sealed class ReadingProperties
{
    private enum Kind
    {
        Valid,
        Duplicate,
        Garbage,
        CutOff,
        NotAnObject,
        Blank,
    }

    private static Gen<LineSpec> LineSpecs =>
        Gen.Frequency(
            (4, Gen.Elements(false, true).Select(full => new LineSpec(Kind.Valid, [], full ? 1 : 0))),
            (1, Gen.Choose(0, 1 << 20).Select(choice => new LineSpec(Kind.Duplicate, [], choice))),
            (2, ArbMap.Default.GeneratorFor<byte[]>().Select(Garbage)),
            (1, Gen.Choose(1, SampleRecords.Minimal("CR-X").Length - 1).Select(cut => new LineSpec(Kind.CutOff, [], cut))),
            (1, Gen.Elements("42", "[]", "null", "\"CR-1\"", "[{}]").Select(text => new LineSpec(Kind.NotAnObject, Encoding.UTF8.GetBytes(text), 0))),
            (2, Gen.Elements("", " ", "\t", " \t ").Select(text => new LineSpec(Kind.Blank, Encoding.UTF8.GetBytes(text), 0))));

    private static Gen<Input> Inputs =>
        from lines in Gen.ListOf(LineSpecs)
        from crlf in Gen.ListOf(Gen.Elements(false, true), lines.Count)
        from lastLineEnded in Gen.Elements(false, true)
        select Input.Build(lines, crlf, lastLineEnded);

    [Property(MaxTest = 300)]
    public Property Every_input_record_is_either_parsed_or_rejected_at_its_line() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var outcome = ReadAll.Bytes(input.Bytes, RecordInputFormat.JsonLines);

            var statistics = outcome.Statistics;
            Assert.Equal(statistics.Read, statistics.Parsed + statistics.Rejected);
            Assert.Equal(input.Expected.Count, statistics.Read);
            Assert.Equal(outcome.Results.Count, statistics.Read);
            Assert.Equal(input.Expected.Count(e => e.Parsed), statistics.Parsed);
            Assert.Equal(input.BlankLines, statistics.BlankLines);
            Assert.Equal(
                input.Expected.Select(e => (e.Line, e.Parsed)),
                outcome.Results.Select(r => (r.Line, r is ParsedRecord)));
        });

    [Property(MaxTest = 150)]
    public Property How_the_input_arrives_in_pieces_does_not_change_any_result() =>
        Prop.ForAll(Inputs.ToArbitrary(), Gen.Choose(1, 97).ToArbitrary(), (input, chunk) =>
        {
            foreach (var (bytes, format) in new[] { (input.Bytes, RecordInputFormat.JsonLines), (input.AsJsonArray(), RecordInputFormat.Json) })
            {
                var whole = ReadAll.Bytes(bytes, format);
                var trickled = ReadAll.Bytes(bytes, format, chunk: chunk);

                Assert.Equal(whole.Describe(), trickled.Describe());
                Assert.Equal(trickled.Statistics.Read, trickled.Statistics.Parsed + trickled.Statistics.Rejected);
            }
        });

    [Property(MaxTest = 200)]
    public Property A_prescanned_run_gives_the_same_results_as_one_that_remembers_every_id() =>
        Prop.ForAll(Inputs.ToArbitrary(), Inputs.ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (first, second, runLength) =>
        {
            // Both inputs number their ids by line, so the second repeats many ids of the first.
            foreach (var (inputs, format) in new[]
            {
                (new[] { first.Bytes, second.Bytes }, RecordInputFormat.JsonLines),
                (new[] { first.AsJsonArray(), second.AsJsonArray() }, RecordInputFormat.Json),
            })
            {
                ReadAll.AssertSame(ReadAll.InMemory(inputs, format), ReadAll.Prescanned(inputs, format, runLength: runLength));
            }
        });

    private static LineSpec Garbage(byte[] bytes)
    {
        var line = bytes.Where(b => b != (byte)'\n').ToArray();
        return new LineSpec(Kind.Garbage, JsonWhitespaceOnly(line) ? [(byte)'x', .. line] : line, 0);
    }

    private static bool JsonWhitespaceOnly(byte[] line) => line.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r');

    private sealed record LineSpec(Kind Kind, byte[] Text, int Parameter);

    private sealed record Expectation(long Line, bool Parsed);

    private sealed class Input
    {
        private Input(byte[] bytes, List<Expectation> expected, int blankLines, List<byte[]> records)
        {
            Bytes = bytes;
            Expected = expected;
            BlankLines = blankLines;
            Records = records;
        }

        public byte[] Bytes { get; }

        public List<Expectation> Expected { get; }

        public int BlankLines { get; }

        private List<byte[]> Records { get; }

        public static Input Build(List<LineSpec> lines, List<bool> crlf, bool lastLineEnded)
        {
            var bytes = new List<byte>();
            var expected = new List<Expectation>();
            var records = new List<byte[]>();
            var blankLines = 0;
            var accepted = new List<string>();
            for (var index = 0; index < lines.Count; index++)
            {
                var (text, parsed) = Line(lines[index], index, accepted);
                var last = index == lines.Count - 1;
                var ended = !last || lastLineEnded;
                bytes.AddRange(text);
                if (ended)
                {
                    bytes.AddRange(crlf[index] ? "\r\n"u8.ToArray() : "\n"u8.ToArray());
                }

                if (lines[index].Kind == Kind.Blank)
                {
                    // An empty last line with no line end is no line at all.
                    blankLines += ended || text.Length > 0 ? 1 : 0;
                    continue;
                }

                expected.Add(new Expectation(index + 1, parsed));
                records.Add(text);
            }

            return new Input([.. bytes], expected, blankLines, records);
        }

        public byte[] AsJsonArray()
        {
            var array = new List<byte>("[\n"u8.ToArray());
            foreach (var record in Records)
            {
                array.AddRange(record);
                array.AddRange(",\n"u8.ToArray());
            }

            array.AddRange("{}]"u8.ToArray());
            return [.. array];
        }

        public override string ToString() => Encoding.UTF8.GetString(Bytes).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n\n", StringComparison.Ordinal);

        private static (byte[] Text, bool Parsed) Line(LineSpec spec, int index, List<string> accepted)
        {
            switch (spec.Kind)
            {
                case Kind.Valid:
                case Kind.Duplicate when accepted.Count == 0:
                    var id = $"CR-{index}";
                    accepted.Add(id);
                    var json = spec.Parameter == 1 ? SampleRecords.Example(id) : SampleRecords.Minimal(id);
                    return (Encoding.UTF8.GetBytes(json), true);
                case Kind.Duplicate:
                    // Any id accepted before; every other time with its '-' written as a JSON escape.
                    var repeated = accepted[spec.Parameter / 2 % accepted.Count];
                    var written = spec.Parameter % 2 == 0 ? repeated : repeated.Replace("-", "\\u002D", StringComparison.Ordinal);
                    return (Encoding.UTF8.GetBytes(SampleRecords.Minimal(written)), false);
                case Kind.CutOff:
                    return (Encoding.UTF8.GetBytes(SampleRecords.Minimal($"CR-{index}")[..spec.Parameter]), false);
                case Kind.Blank:
                    return (spec.Text, false);
                default:
                    return (spec.Text, false);
            }
        }
    }
}
