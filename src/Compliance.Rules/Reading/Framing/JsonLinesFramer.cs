namespace Compliance.Rules.Reading;

/// <summary>
/// JSON Lines: each line is one record. Blank lines are skipped; a CR before the LF is dropped; a
/// last line without a line end is still a record. A line longer than the limit is given up as
/// soon as the limit is passed and the rest of it is skipped unread, up to the next LF.
/// </summary>
internal sealed class JsonLinesFramer : IRecordFramer
{
    private readonly IRecordDecoder _decoder;
    private readonly ReadStatistics _statistics;
    private readonly int _sourceIndex;
    private readonly string _source;
    private readonly int _maxRecordBytes;

    private bool _byteOrderMarkChecked;
    private long _line = 1;

    // Bytes at the front of the pending input already searched for a line end (a long line
    // arrives over many reads; it is not searched again from its start each time).
    private int _searched;

    // Set while skipping the rest of a too-long line: where it started and how long it is so far.
    private bool _skipping;
    private long _skipOffset;
    private long _skipLength;

    public JsonLinesFramer(IRecordDecoder decoder, ReadStatistics statistics, int sourceIndex, string source, int maxRecordBytes)
    {
        _decoder = decoder;
        _statistics = statistics;
        _sourceIndex = sourceIndex;
        _source = source;
        _maxRecordBytes = maxRecordBytes;
    }

    public bool Finished { get; private set; }

    public bool TryTake(InputBuffer input, out ReadResult? result)
    {
        result = null;
        if (Finished || !ByteOrderMark.TrySkip(input, ref _byteOrderMarkChecked))
        {
            return false;
        }

        while (true)
        {
            if (_skipping)
            {
                return TrySkipRestOfLine(input, out result);
            }

            var pending = input.Pending;
            var lineEnd = pending[_searched..].IndexOf((byte)'\n');
            int lineLength;
            int consumed;
            if (lineEnd >= 0)
            {
                lineLength = _searched + lineEnd;
                consumed = lineLength + 1;
            }
            else if (input.Completed)
            {
                if (pending.IsEmpty)
                {
                    Finished = true;
                    return false;
                }

                lineLength = consumed = pending.Length;
            }
            else if (pending.Length > _maxRecordBytes + 1)
            {
                // Longer than the limit even if it ends with CR: stop holding it.
                _skipping = true;
                _skipOffset = input.Offset;
                _skipLength = pending.Length;
                _searched = 0;
                input.Consume(pending.Length);
                continue;
            }
            else
            {
                _searched = pending.Length;
                return false;
            }

            _searched = 0;
            var line = pending[..lineLength];
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            var origin = new RecordOrigin(_sourceIndex, _source, _line, input.Offset);
            _line++;
            if (JsonWhitespace.IsBlank(line))
            {
                _statistics.CountBlankLine();
                input.Consume(consumed);
                continue;
            }

            result = line.Length > _maxRecordBytes
                ? TooLarge(origin, line.Length)
                : _decoder.Decode(line, origin);
            input.Consume(consumed);
            return true;
        }
    }

    private bool TrySkipRestOfLine(InputBuffer input, out ReadResult? result)
    {
        result = null;
        var pending = input.Pending;
        var lineEnd = pending.IndexOf((byte)'\n');
        if (lineEnd < 0 && !input.Completed)
        {
            _skipLength += pending.Length;
            input.Consume(pending.Length);
            return false;
        }

        var rest = lineEnd < 0 ? pending.Length : lineEnd;
        _skipLength += rest;
        input.Consume(lineEnd < 0 ? rest : rest + 1);
        _skipping = false;
        result = TooLarge(new RecordOrigin(_sourceIndex, _source, _line, _skipOffset), _skipLength);
        _line++;
        return true;
    }

    private Rejection TooLarge(in RecordOrigin origin, long length) =>
        origin.Reject(RejectionCode.TooLarge, RecordSizeLimit.Describe(length, _maxRecordBytes, "line"), offsetInRecord: _maxRecordBytes);
}
