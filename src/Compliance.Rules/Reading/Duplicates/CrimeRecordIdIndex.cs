using System.Runtime.InteropServices;

namespace Compliance.Rules.Reading;

/// <summary>
/// Remembers where each accepted <c>crimeRecordId</c> of a run was first read, in a fixed amount
/// of memory per id whatever the id's length: a dictionary entry of two 64-bit numbers (about 28
/// bytes with its bucket; measured: a million ids add about 63 MB to peak RSS, the table's growth
/// slack and the moment it doubles included).
/// </summary>
/// <remarks>
/// Ids are looked up by a 64-bit hash, and a hash match is confirmed on the id itself: two
/// different ids that share a hash (such pairs can be found by brute force in minutes) are
/// both new, never a duplicate. Confirming needs the first id, so the index keeps a reference
/// to it (the parsed record's string: 40–70 bytes per record for ids of the usual length).
/// After a pre-scan (<see cref="RememberOnly"/>) only ids whose hash occurs more than once in the
/// inputs are remembered, so memory follows the number of repeated ids, not of records; the
/// answers are the same, since an id whose hash occurs once can never be a duplicate.
/// The location is packed into 64 bits: 20 for the source (over a million sources per run) and
/// 44 for the line (over 17 trillion lines per source).
/// </remarks>
internal sealed class CrimeRecordIdIndex
{
    private const int LineBits = 44;
    private const long MaxLine = (1L << LineBits) - 1;
    private const int MaxSourceIndex = (1 << (64 - LineBits)) - 1;

    private readonly Dictionary<ulong, Seen> _firstSeen = [];
    private readonly IdHash _hash;

    // Ids whose hash is shared with a different, earlier id: kept by the id itself.
    private Dictionary<string, ulong>? _collided;
    private HashSet<ulong>? _candidates;

    /// <summary>Creates an index hashing with <see cref="Hash"/>.</summary>
    public CrimeRecordIdIndex()
        : this(Hash)
    {
    }

    /// <summary>Creates an index with another hash (tests use a weak one to make collisions).</summary>
    internal CrimeRecordIdIndex(IdHash hash) => _hash = hash;

    /// <summary>A 64-bit hash of an id.</summary>
    internal delegate ulong IdHash(ReadOnlySpan<char> text);

    /// <summary>The number of ids remembered.</summary>
    public int Count => _firstSeen.Count + (_collided?.Count ?? 0);

    /// <summary>
    /// Remembers from now on only ids whose <see cref="Hash"/> is in <paramref name="candidates"/>
    /// (every hash that occurs more than once in the inputs); any other id is new by construction.
    /// </summary>
    /// <param name="candidates">A superset of the hashes of ids that occur more than once.</param>
    public void RememberOnly(HashSet<ulong> candidates)
    {
        if (_firstSeen.Count > 0)
        {
            throw new InvalidOperationException("The candidates of the duplicate index must be set before any id is added.");
        }

        _candidates = candidates;
    }

    /// <summary>Remembers <paramref name="crimeRecordId"/> unless it was seen before.</summary>
    /// <returns>True when it is new; false with where it was first read when it is not.</returns>
    public bool TryAdd(string crimeRecordId, int sourceIndex, long line, out int firstSourceIndex, out long firstLine)
    {
        if ((uint)sourceIndex > MaxSourceIndex || line is < 1 or > MaxLine)
        {
            throw new InvalidOperationException($"Duplicate detection supports at most {MaxSourceIndex + 1} sources and {MaxLine} lines per source in one run.");
        }

        firstSourceIndex = 0;
        firstLine = 0;
        var hash = _hash(crimeRecordId);
        if (_candidates is not null && !_candidates.Contains(hash))
        {
            return true;
        }

        var location = ((ulong)sourceIndex << LineBits) | (ulong)line;
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstSeen, hash, out var seen);
        if (!seen)
        {
            first = new Seen(crimeRecordId, location);
            return true;
        }

        if (!string.Equals(first.Id, crimeRecordId, StringComparison.Ordinal))
        {
            // Same hash, different id: not a duplicate of that one. Is it one of another id with the same hash?
            _collided ??= new(StringComparer.Ordinal);
            ref var other = ref CollectionsMarshal.GetValueRefOrAddDefault(_collided, crimeRecordId, out var seenBefore);
            if (!seenBefore)
            {
                other = location;
                return true;
            }

            return Located(other, out firstSourceIndex, out firstLine);
        }

        return Located(first.Location, out firstSourceIndex, out firstLine);
    }

    private static bool Located(ulong location, out int sourceIndex, out long line)
    {
        sourceIndex = (int)(location >> LineBits);
        line = (long)(location & MaxLine);
        return false;
    }

    /// <summary>
    /// FNV-1a over the UTF-16 code units, then the MurmurHash3 finaliser so that every input bit
    /// reaches every output bit (FNV alone leaves the high bits weak for short, similar ids such
    /// as <c>CR-2008-000001</c>, <c>CR-2008-000002</c>). Deterministic across processes, unlike
    /// <see cref="string.GetHashCode()"/>.
    /// </summary>
    internal static ulong Hash(ReadOnlySpan<char> text)
    {
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        foreach (var unit in text)
        {
            hash = (hash ^ (byte)unit) * prime;
            hash = (hash ^ (byte)(unit >> 8)) * prime;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccd;
        hash ^= hash >> 33;
        hash *= 0xc4ceb53a5f0d9e63;
        hash ^= hash >> 33;
        return hash;
    }

    private readonly record struct Seen(string Id, ulong Location);
}
