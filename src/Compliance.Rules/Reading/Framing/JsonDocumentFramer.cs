using System.Globalization;
using System.Text.Json;

namespace Compliance.Rules.Reading;

/// <summary>
/// A <c>.json</c> document: one record object, or an array of records read element by element
/// (only the element being read is held in memory). Each element starts its own record, on the
/// line where its first byte is; a malformed element is rejected and reading goes on after it.
/// Problems of the array itself (a missing or extra comma, content after it, no closing bracket)
/// are reported as rejections too, so that nothing in the file goes unaccounted for; they are not
/// records (<see cref="Rejection.IsRecord"/> is false), so they do not add to the records read.
/// A record whose closing brace is missing ends where the next record begins and reading goes on
/// from there. When no such place can be found (an unterminated string, a bracket lost inside a
/// nested list), the element runs to the end of the file: the bytes after its first syntax error
/// are then reported as unread (<see cref="RejectionCode.UnreadInput"/>, with line and byte).
/// </summary>
internal sealed class JsonDocumentFramer : IRecordFramer
{
    private readonly IRecordDecoder _decoder;
    private readonly int _sourceIndex;
    private readonly string _source;
    private readonly int _maxRecordBytes;

    private State _state = State.Start;
    private bool _byteOrderMarkChecked;
    private bool _afterComma;

    // The line at the front of the pending input; advanced by counting LFs in consumed bytes.
    private long _line = 1;

    // The element (or single record) being read.
    private RecordOrigin _element;
    private ElementBoundary _boundary;
    private int _scanned;
    private long _skippedLength;

    // A second result found together with the first (the unread rest after a broken element).
    private Rejection? _queued;

    public JsonDocumentFramer(IRecordDecoder decoder, int sourceIndex, string source, int maxRecordBytes)
    {
        _decoder = decoder;
        _sourceIndex = sourceIndex;
        _source = source;
        _maxRecordBytes = maxRecordBytes;
    }

    private enum State
    {
        Start,
        SingleRecord,
        SkippingSingleRecord,
        BeforeElement,
        InElement,
        SkippingElement,
        AfterElement,
        AfterArray,
        SkippingToEnd,
        Finished,
    }

    private enum Step
    {
        Continue,
        NeedInput,
    }

    public bool Finished => _state == State.Finished && _queued is null;

    public bool TryTake(InputBuffer input, out ReadResult? result)
    {
        result = null;
        if (Finished || !ByteOrderMark.TrySkip(input, ref _byteOrderMarkChecked))
        {
            return false;
        }

        while (true)
        {
            if (_queued is not null)
            {
                result = _queued;
                _queued = null;
                return true;
            }

            var progress = _state switch
            {
                State.Start => Start(input),
                State.SingleRecord => SingleRecord(input, out result),
                State.SkippingSingleRecord => SkipSingleRecord(input, out result),
                State.BeforeElement => BeforeElement(input, out result),
                State.InElement => InElement(input, out result),
                State.SkippingElement => SkipElement(input, out result),
                State.AfterElement => AfterElement(input, out result),
                State.AfterArray => AfterArray(input, out result),
                State.SkippingToEnd => SkipToEnd(input),
                _ => Step.NeedInput,
            };
            if (progress == Step.NeedInput)
            {
                return false;
            }

            if (result is not null)
            {
                return true;
            }
        }
    }

    private Step Start(InputBuffer input)
    {
        if (!SkipWhitespace(input, out var next))
        {
            // An empty file holds no records: nothing to report.
            return FinishedOrNeedInput(input);
        }

        if (next == (byte)'[')
        {
            Advance(input, 1);
            _state = State.BeforeElement;
        }
        else
        {
            BeginElement(input);
            _state = State.SingleRecord;
        }

        return Step.Continue;
    }

    private Step SingleRecord(InputBuffer input, out ReadResult? result)
    {
        // The whole rest of the file is the record: content after it is the decoder's to report.
        result = null;
        var pending = input.Pending;
        if (!input.Completed)
        {
            if (pending.Length <= _maxRecordBytes)
            {
                return Step.NeedInput;
            }

            _skippedLength = pending.Length;
            input.Consume(pending.Length);
            _state = State.SkippingSingleRecord;
            return Step.Continue;
        }

        var length = pending.TrimEnd(JsonWhitespace.Bytes).Length;
        result = length > _maxRecordBytes ? TooLarge(length) : Decode(pending);
        input.Consume(pending.Length);
        _state = State.Finished;
        return Step.Continue;
    }

    private Step SkipSingleRecord(InputBuffer input, out ReadResult? result)
    {
        result = null;
        _skippedLength += input.Pending.Length;
        input.Consume(input.Pending.Length);
        if (!input.Completed)
        {
            return Step.NeedInput;
        }

        result = TooLarge(_skippedLength);
        _state = State.Finished;
        return Step.Continue;
    }

    private Step BeforeElement(InputBuffer input, out ReadResult? result)
    {
        result = null;
        if (!SkipWhitespace(input, out var next))
        {
            return input.Completed ? ArrayNotClosed(input, out result) : Step.NeedInput;
        }

        switch (next)
        {
            case (byte)']':
                if (_afterComma)
                {
                    result = Malformed(input, "a ',' is followed by ']': remove the comma after the last record");
                }

                Advance(input, 1);
                _state = State.AfterArray;
                return Step.Continue;
            case (byte)',':
                result = Malformed(input, "a ',' where a record was expected: remove the extra comma");
                Advance(input, 1);
                _afterComma = true;
                return Step.Continue;
            default:
                BeginElement(input);
                _boundary = ElementBoundary.StartingWith(next);
                _scanned = 0;
                _state = State.InElement;
                return Step.Continue;
        }
    }

    private Step InElement(InputBuffer input, out ReadResult? result)
    {
        result = null;
        var pending = input.Pending;
        var end = _boundary.Scan(pending[_scanned..], atElementStart: _scanned == 0);
        if (end >= 0)
        {
            var length = _scanned + end;
            result = length > _maxRecordBytes ? TooLarge(length) : _boundary.CutShort ? NotClosed(input, length) : Decode(pending[..length]);
            Advance(input, length);
            AfterScan();
            return Step.Continue;
        }

        _scanned = pending.Length;
        if (pending.Length > _maxRecordBytes)
        {
            _skippedLength = pending.Length;
            Advance(input, pending.Length);
            _state = State.SkippingElement;
            return Step.Continue;
        }

        if (!input.Completed)
        {
            return Step.NeedInput;
        }

        // The input ends inside the element. A bare token (42, null) is complete and the array's
        // missing ']' is reported after it; an open object or string is a cut-off record, unless
        // it has a syntax error with more content after it: then that content was never read.
        result = Decode(pending);
        if (!_boundary.IsBare && UnreadAfterError(pending) is { } unreadFrom)
        {
            _queued = Unread(unreadFrom, pending.Length - unreadFrom, pending[..unreadFrom].Count((byte)'\n'));
        }

        Advance(input, pending.Length);
        _state = _boundary.IsBare ? State.AfterElement : State.Finished;
        return Step.Continue;
    }

    /// <summary>Where the content after the first syntax error of an unterminated element starts, when there is any.</summary>
    private static int? UnreadAfterError(ReadOnlySpan<byte> element)
    {
        var reader = new Utf8JsonReader(element, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { MaxDepth = 4096 }));
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException error)
        {
            var at = (int)(JsonErrorPosition.OffsetOf(error, element) ?? reader.BytesConsumed);
            return element[at..].IndexOfAnyExcept(JsonWhitespace.Bytes) >= 0 ? at : null;
        }
    }

    private void AfterScan()
    {
        if (_boundary.CutShort)
        {
            // The next record starts here: read it as one, as if after a comma.
            _afterComma = true;
            _state = State.BeforeElement;
        }
        else
        {
            _state = State.AfterElement;
        }
    }

    private Step SkipElement(InputBuffer input, out ReadResult? result)
    {
        result = null;
        var pending = input.Pending;
        var end = _boundary.Scan(pending, atElementStart: false);
        var length = end >= 0 ? end : pending.Length;
        _skippedLength += length;
        Advance(input, length);
        if (end < 0 && !input.Completed)
        {
            return Step.NeedInput;
        }

        result = TooLarge(_skippedLength);
        if (end >= 0)
        {
            AfterScan();
        }
        else
        {
            // Never closed: what was skipped past the limit may have held further records.
            _queued = Unread(_element.Offset + _maxRecordBytes, _skippedLength - _maxRecordBytes, lines: null);
            _state = State.Finished;
        }

        return Step.Continue;
    }

    private Step AfterElement(InputBuffer input, out ReadResult? result)
    {
        result = null;
        if (!SkipWhitespace(input, out var next))
        {
            return input.Completed ? ArrayNotClosed(input, out result) : Step.NeedInput;
        }

        _afterComma = false;
        switch (next)
        {
            case (byte)',':
                Advance(input, 1);
                _afterComma = true;
                _state = State.BeforeElement;
                break;
            case (byte)']':
                Advance(input, 1);
                _state = State.AfterArray;
                break;
            default:
                // Most likely a missing comma: say so, then read what follows as the next record.
                result = Malformed(input, $"expected ',' or ']' after the record that starts on line {_element.Line}: a comma is missing between records");
                _state = State.BeforeElement;
                break;
        }

        return Step.Continue;
    }

    private Step AfterArray(InputBuffer input, out ReadResult? result)
    {
        result = null;
        if (!SkipWhitespace(input, out _))
        {
            return FinishedOrNeedInput(input);
        }

        result = Malformed(input, "content after the closing ']' of the array; a .json file holds one record or one array of records");
        _state = State.SkippingToEnd;
        return Step.Continue;
    }

    private Step SkipToEnd(InputBuffer input)
    {
        input.Consume(input.Pending.Length);
        return FinishedOrNeedInput(input);
    }

    private Step ArrayNotClosed(InputBuffer input, out ReadResult? result)
    {
        result = new RecordOrigin(_sourceIndex, _source, _line, input.Offset)
            .Reject(RejectionCode.Truncated, "the file ends inside the array (no closing ']'): it was probably cut off", offsetInRecord: 0) with
        { IsRecord = false };
        _state = State.Finished;
        return Step.Continue;
    }

    private Step FinishedOrNeedInput(InputBuffer input)
    {
        if (!input.Completed)
        {
            return Step.NeedInput;
        }

        _state = State.Finished;
        return Step.NeedInput;
    }

    private void BeginElement(InputBuffer input)
    {
        _element = new RecordOrigin(_sourceIndex, _source, _line, input.Offset);
    }

    private ReadResult? Decode(ReadOnlySpan<byte> json) => _decoder.Decode(json, _element);

    private Rejection TooLarge(long length) =>
        _element.Reject(RejectionCode.TooLarge, RecordSizeLimit.Describe(length, _maxRecordBytes, "record"), offsetInRecord: _maxRecordBytes);

    private Rejection Malformed(InputBuffer input, string reason) =>
        new RecordOrigin(_sourceIndex, _source, _line, input.Offset).Reject(RejectionCode.MalformedArray, reason, offsetInRecord: 0) with { IsRecord = false };

    private Rejection NotClosed(InputBuffer input, int length)
    {
        var nextLine = _line + input.Pending[..length].Count((byte)'\n');
        return _element.Reject(
            RejectionCode.Truncated,
            $"the record is not closed: the next record starts on line {nextLine} before this one's closing '}}' (a '}}' is missing); reading goes on with that record",
            offsetInRecord: length);
    }

    /// <param name="offset">Where the unread bytes start: relative to the element when <paramref name="lines"/> is given, else absolute.</param>
    /// <param name="length">How many bytes are unread.</param>
    /// <param name="lines">Line ends between the element's start and the unread bytes, when known.</param>
    private Rejection Unread(long offset, long length, long? lines)
    {
        var position = lines is null ? offset : _element.Offset + offset;
        var where = lines is { } count ? $"from line {_element.Line + count} (byte {position.ToString(CultureInfo.InvariantCulture)})" : $"from byte {position.ToString(CultureInfo.InvariantCulture)}";
        return new Rejection(
            RejectionCode.UnreadInput,
            $"{length.ToString(CultureInfo.InvariantCulture)} bytes {where} to the end of the file were not read: the record that starts on line {_element.Line} never ends, so any records after it were neither evaluated nor rejected; fix that record and read the file again",
            _source,
            lines is { } known ? _element.Line + known : _element.Line,
            bytePosition: position)
        {
            IsRecord = false,
            UnreadLength = length,
        };
    }

    /// <summary>Consumes white space; false when the buffer runs out first, else the next byte.</summary>
    private bool SkipWhitespace(InputBuffer input, out byte next)
    {
        var pending = input.Pending;
        var blank = JsonWhitespace.LeadingLength(pending);
        var found = blank < pending.Length;
        next = found ? pending[blank] : (byte)0;
        Advance(input, blank);
        return found;
    }

    private void Advance(InputBuffer input, int count)
    {
        _line += input.Pending[..count].Count((byte)'\n');
        input.Consume(count);
    }
}
