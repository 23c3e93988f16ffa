using System.Runtime.InteropServices;

namespace Compliance.Rules.Reading;

/// <summary>
/// Remembers where each accepted <c>crimeRecordId</c> of a run was first read, in a fixed amount
/// of memory per id whatever the id's length: a dictionary entry of two 64-bit numbers (about 28
/// bytes with its bucket; measured: a million ids add about 63 MB to peak RSS, the table's growth
/// slack and the moment it doubles included).
/// </summary>
/// <remarks>
/// Trade-off: ids are kept as a 64-bit hash, not as strings, so no string is ever compared.
/// Two different ids that share a hash would make the second be reported as a duplicate of the
/// first. With a well-mixed 64-bit hash the chance that this happens anywhere in a run of n
/// distinct ids is about n²/2⁶⁵: 3·10⁻⁸ for a million records, 3·10⁻⁶ for ten million. Even then
/// nothing is lost silently: the record is rejected, counted and named with the line it
/// supposedly repeats, where a person sees at once that the ids differ. An exact check would
/// need the first id, which a stream (standard input) cannot give back, so it would mean keeping
/// every id as a string: 40–70 more bytes per record, growing with the ids.
/// The location is packed into 64 bits: 20 for the source (over a million sources per run) and
/// 44 for the line (over 17 trillion lines per source).
/// After a pre-scan (<see cref="RememberOnly"/>) only ids whose hash occurs more than once in the
/// inputs are remembered, so memory follows the number of repeated ids, not of records; the
/// answers are the same, since an id that occurs once can never be a duplicate.
/// </remarks>
internal sealed class CrimeRecordIdIndex
{
    private const int LineBits = 44;
    private const long MaxLine = (1L << LineBits) - 1;
    private const int MaxSourceIndex = (1 << (64 - LineBits)) - 1;

    private readonly Dictionary<ulong, ulong> _firstSeen = [];
    private HashSet<ulong>? _candidates;

    /// <summary>The number of ids remembered.</summary>
    public int Count => _firstSeen.Count;

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

        var hash = Hash(crimeRecordId);
        if (_candidates is not null && !_candidates.Contains(hash))
        {
            firstSourceIndex = 0;
            firstLine = 0;
            return true;
        }

        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstSeen, hash, out var seen);
        if (!seen)
        {
            first = ((ulong)sourceIndex << LineBits) | (ulong)line;
            firstSourceIndex = 0;
            firstLine = 0;
            return true;
        }

        firstSourceIndex = (int)(first >> LineBits);
        firstLine = (long)(first & MaxLine);
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
}
