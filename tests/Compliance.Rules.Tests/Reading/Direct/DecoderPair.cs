using System.Text;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Reading;

/// <summary>
/// The decoder as it is (direct parser first, serializer for what it gives up) beside the decoder
/// before it (the serializer for every record), each with its own duplicate index, fed the same
/// lines in the same order.
/// </summary>
internal sealed class DecoderPair
{
    private readonly RecordDecoder _current = new(new CrimeRecordIdIndex(), ["input"], direct: true);
    private readonly RecordDecoder _before = new(new CrimeRecordIdIndex(), ["input"], direct: false);
    private readonly DirectRecordParser _probe = new(RecordReaderOptions.DefaultMaxListLength);
    private long _line;

    /// <summary>How many lines the direct parser read by itself (without the serializer).</summary>
    public int ReadDirectly { get; private set; }

    /// <summary>How many lines both decoders accepted.</summary>
    public int Accepted { get; private set; }

    /// <summary>How many lines both decoders rejected.</summary>
    public int Rejected { get; private set; }

    /// <summary>Decodes one line with both and asserts the same result: the same record (as the serializer writes it back), or the same rejection in every field.</summary>
    public void AssertSame(string line) => AssertSame(Encoding.UTF8.GetBytes(line));

    /// <inheritdoc cref="AssertSame(string)"/>
    public void AssertSame(byte[] line)
    {
        _line++;
        ReadDirectly += _probe.TryParse(line) is null ? 0 : 1;
        var origin = new RecordOrigin(0, "input", _line, 1000 * _line);
        var current = _current.Decode(line, origin);
        var before = _before.Decode(line, origin);
        switch (before)
        {
            case ParsedRecord expected:
                var actual = Assert.IsType<ParsedRecord>(current);
                Assert.Equal(RecordJson.Serialize(expected.Record), RecordJson.Serialize(actual.Record));
                Assert.Equal((expected.Source, expected.Line), (actual.Source, actual.Line));
                Accepted++;
                break;
            case Rejection expected:
                var rejection = Assert.IsType<Rejection>(current);
                Assert.Equal(
                    (expected.Code, expected.Reason, expected.JsonPath, expected.BytePosition, expected.Line, expected.Source, expected.IsRecord),
                    (rejection.Code, rejection.Reason, rejection.JsonPath, rejection.BytePosition, rejection.Line, rejection.Source, rejection.IsRecord));
                Rejected++;
                break;
            default:
                throw new InvalidOperationException($"unexpected result {before}");
        }
    }
}
