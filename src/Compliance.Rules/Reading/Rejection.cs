using System.Globalization;
using System.Text;

namespace Compliance.Rules.Reading;

/// <summary>An input record that could not be accepted, with where it is and what is wrong with it.</summary>
public sealed record Rejection : ReadResult
{
    /// <summary>Creates a rejection.</summary>
    /// <param name="code">The kind of problem.</param>
    /// <param name="reason">What is wrong, in words a person can act on.</param>
    /// <param name="source">The input the record came from.</param>
    /// <param name="line">The 1-based line on which the record starts.</param>
    /// <param name="jsonPath">Where in the record the problem is (<c>$.incident.channel</c>), when known.</param>
    /// <param name="bytePosition">The 0-based byte offset of the problem from the start of the input, when known.</param>
    public Rejection(RejectionCode code, string reason, string source, long line, string? jsonPath = null, long? bytePosition = null)
        : base(source, line)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Code = code;
        Reason = reason;
        JsonPath = jsonPath;
        BytePosition = bytePosition;
    }

    /// <summary>The kind of problem (stable, for reports and counts).</summary>
    public RejectionCode Code { get; }

    /// <summary>What is wrong, in words a person can act on. Never contains free text from the record; may quote an id or a code.</summary>
    public string Reason { get; }

    /// <summary>Where in the record the problem is, relative to the record (<c>$.victims[0].enhancedRightsEligible</c>), when known.</summary>
    public string? JsonPath { get; }

    /// <summary>The 0-based byte offset of the problem from the start of the input (a UTF-8 BOM counts), when known.</summary>
    public long? BytePosition { get; }

    /// <summary>
    /// Whether this is a record that was rejected (true), or a problem of the input between or
    /// after records (false: a missing comma in a <c>.json</c> array, its missing closing bracket,
    /// input left unread). Only records count in <see cref="ReadStatistics.Read"/>.
    /// </summary>
    public bool IsRecord { get; init; } = true;

    /// <summary>
    /// The id of the rejected element — a crime record's <c>crimeRecordId</c>, an incident log's
    /// <c>incidentId</c> — read from its first top-level id property when that holds a non-empty
    /// string; null when the element has none, breaks off before it, or was too large to read. Not
    /// checked beyond that (the element was rejected), but enough for an incident that links to the
    /// record to say so instead of calling the link unresolved.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>
    /// For a rejected crime record, the incident it names (<c>incident.incidentId</c>), read as
    /// <see cref="Id"/> is; null when it names none that can be read, and for incident logs.
    /// </summary>
    public string? NamedIncidentId { get; init; }

    /// <summary>For <see cref="RejectionCode.UnreadInput"/>: how many bytes were left unread.</summary>
    internal long UnreadLength { get; init; }

    /// <summary>
    /// What is wrong and where in the record, without the source and line (reports give those in
    /// columns of their own): <c>reason (at $.path, byte n)</c>. The one text of a rejection.
    /// </summary>
    public string Detail
    {
        get
        {
            var text = new StringBuilder(Reason);
            if (JsonPath is not null || BytePosition is not null)
            {
                text.Append(" (at ");
                if (JsonPath is not null)
                {
                    text.Append(JsonPath);
                }

                if (BytePosition is { } position)
                {
                    text.Append(JsonPath is null ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"byte {position}");
                }

                text.Append(')');
            }

            return text.ToString();
        }
    }

    /// <summary>One line for a person: <c>source:line: reason (at $.path, byte n)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}: {Detail}");
}
