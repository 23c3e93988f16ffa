namespace Compliance.Rules.Records;

/// <summary>
/// The instants a record may hold: from 1900-01-01T00:00:00Z to 2199-12-31T23:59:59.9999999Z.
/// Rules add working days, hours and months to these instants and convert them to London dates;
/// the range leaves centuries of head-room on either side of the .NET limits (years 1 and 9999),
/// so no arithmetic on an accepted record can overflow, and it holds every date a crime record
/// of the recording rules' era (2002 onwards) or an archive conversion can carry.
/// </summary>
public static class RecordInstants
{
    /// <summary>The earliest instant accepted: 1900-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The latest instant accepted: the last tick of 2199-12-31 (UTC).</summary>
    public static readonly DateTimeOffset Latest = new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1);

    /// <summary>Whether an instant is within <see cref="Earliest"/>…<see cref="Latest"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True when it is in range.</returns>
    public static bool Contains(DateTimeOffset instant) => instant >= Earliest && instant <= Latest;

    /// <summary>The range in words, for messages.</summary>
    public static string Described => "between 1900-01-01T00:00:00Z and 2199-12-31T23:59:59Z";
}
