namespace Compliance.Rules.Reading;

/// <summary>
/// Running counts of one <see cref="RecordReader"/> (one run over any number of sources). Updated as
/// results are produced, so it is exact once every enumeration has finished.
/// <see cref="Read"/> is <see cref="Parsed"/> + <see cref="Rejected"/> by construction: every
/// result is counted exactly once, as the one or the other.
/// </summary>
public sealed class ReadStatistics
{
    private readonly long[] _rejectedByCode = new long[Enum.GetValues<RejectionCode>().Length];

    /// <summary>Input records read: every result produced.</summary>
    public long Read => Parsed + Rejected;

    /// <summary>Records accepted.</summary>
    public long Parsed { get; private set; }

    /// <summary>Records rejected.</summary>
    public long Rejected { get; private set; }

    /// <summary>Problems of the input between or after records (not records, so in neither count; see <see cref="Rejection.IsRecord"/>).</summary>
    public long InputProblems { get; private set; }

    /// <summary>Bytes of input left unread because a record never ended (<see cref="RejectionCode.UnreadInput"/>); 0 when everything was read.</summary>
    public long UnreadBytes { get; private set; }

    /// <summary>Blank lines skipped in JSON Lines input (not records, so in neither count).</summary>
    public long BlankLines { get; private set; }

    /// <summary>Sources started.</summary>
    public int Sources { get; private set; }

    /// <summary>Records rejected (and input problems found) for one reason.</summary>
    /// <param name="code">The reason.</param>
    /// <returns>The count.</returns>
    public long RejectedFor(RejectionCode code) => _rejectedByCode[(int)code];

    internal void Count(ReadResult result)
    {
        if (result is Rejection { IsRecord: false } problem)
        {
            InputProblems++;
            _rejectedByCode[(int)problem.Code]++;
            if (problem.Code == RejectionCode.UnreadInput)
            {
                UnreadBytes += problem.UnreadLength;
            }
        }
        else if (result is Rejection rejection)
        {
            Rejected++;
            _rejectedByCode[(int)rejection.Code]++;
        }
        else
        {
            Parsed++;
        }
    }

    internal void CountBlankLine() => BlankLines++;

    internal void CountSource() => Sources++;
}
