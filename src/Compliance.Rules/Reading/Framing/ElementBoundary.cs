using System.Buffers;

namespace Compliance.Rules.Reading;

/// <summary>
/// Finds where one element of a JSON array ends without parsing it, so that a malformed element
/// can be rejected and the array still read past it: brackets are counted outside strings, and
/// a string ends at an unescaped quote. Resumable, since an element may arrive over many reads,
/// and able to run over bytes it does not keep (to skip a too-large element).
/// </summary>
/// <remarks>
/// Brackets are counted, not matched (<c>{ ]</c> balances): the element is then still cut at a
/// plausible place and the strict parser rejects it. A record whose closing brace is missing is
/// cut where the next record starts: an object opened where an object expects a property name
/// (after <c>{</c> or <c>,</c>, not after <c>:</c>) cannot belong to it (<see cref="CutShort"/>),
/// so one lost brace costs one record, not the rest of the array. Only an unterminated string
/// or a bracket lost inside a nested list swallows the rest of the input.
/// </remarks>
internal struct ElementBoundary
{
    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[]:,"u8);

    // Containers deeper than this are counted but not told apart (object or array): no cut there.
    private const int TrackedDepth = 64;
    private static readonly SearchValues<byte> InString = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> BareEnd = SearchValues.Create(" \t\r\n,]"u8);

    private Kind _kind;
    private int _depth;
    private bool _inString;
    private bool _escaped;

    // Bit d set: the container at depth d + 1 is an object. Tracked up to TrackedDepth.
    private ulong _objects;
    private byte _previous;

    private enum Kind
    {
        Container,
        String,
        Bare,
    }

    /// <summary>Starts on an element whose first byte is <paramref name="first"/> (not white space).</summary>
    public static ElementBoundary StartingWith(byte first) => first switch
    {
        (byte)'{' or (byte)'[' => new() { _kind = Kind.Container },
        (byte)'"' => new() { _kind = Kind.String },
        _ => new() { _kind = Kind.Bare },
    };

    /// <summary>Whether the element is a bare token (number, literal, garbage), which ends at the end of the input.</summary>
    public readonly bool IsBare => _kind == Kind.Bare;

    /// <summary>Whether the element was cut where a new record starts inside it (its own end is missing).</summary>
    public bool CutShort { readonly get; private set; }

    private readonly bool InObject => _depth is > 0 and <= TrackedDepth && (_objects & (1UL << (_depth - 1))) != 0;

    /// <summary>Scans the next bytes of the element (the first call gets its first byte).</summary>
    /// <returns>The number of bytes of <paramref name="bytes"/> that complete the element, or -1 when all of them belong to it and it goes on.</returns>
    public int Scan(ReadOnlySpan<byte> bytes, bool atElementStart)
    {
        var at = 0;
        if (atElementStart && _kind != Kind.Container)
        {
            // The opening quote, or the first byte of a bare token: it cannot end the element.
            _inString = _kind == Kind.String;
            at = 1;
        }

        if (_kind == Kind.Bare)
        {
            var end = bytes[at..].IndexOfAny(BareEnd);
            return end < 0 ? -1 : at + end;
        }

        while (at < bytes.Length)
        {
            if (_escaped)
            {
                _escaped = false;
                at++;
                continue;
            }

            var rest = bytes[at..];
            var next = _inString ? rest.IndexOfAny(InString) : rest.IndexOfAny(Structural);
            if (next < 0)
            {
                return -1;
            }

            at += next;
            switch (bytes[at])
            {
                case (byte)'\\':
                    _escaped = true;
                    break;
                case (byte)'"':
                    _inString = !_inString;
                    if (!_inString && _kind == Kind.String)
                    {
                        return at + 1;
                    }

                    break;
                case (byte)':' or (byte)',':
                    break;
                case (byte)'{' when InObject && _previous is not (byte)':':
                    // Where this object is a property name is expected: a new record has begun.
                    CutShort = true;
                    return at;
                case (byte)'{' or (byte)'[':
                    if (_depth < TrackedDepth)
                    {
                        _objects = bytes[at] == (byte)'{' ? _objects | (1UL << _depth) : _objects & ~(1UL << _depth);
                    }

                    _depth++;
                    break;
                default:
                    if (--_depth == 0)
                    {
                        return at + 1;
                    }

                    break;
            }

            _previous = bytes[at];
            at++;
        }

        return -1;
    }
}
