using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// Leaves out optional fields the way real exports do: a system that does not capture the
/// channel of a report, a migration that lost officers' ranks, notices logged without how they
/// were sent. Only fields the rules do not need are left out, so a rule that fires on one of these
/// records because a field is missing is a rule that over-fires. Draws from a stream of its own, so
/// the rest of a record is the same whether or not fields are left out.
/// </summary>
internal static class OptionalFields
{
    /// <summary>Records that lose some optional fields.</summary>
    public const double Share = 0.1;

    private const ulong Stream = 0x54_48_49_4E; // "THIN"

    public static CrimeRecord Thin(long seed, long index, CrimeRecord record)
    {
        var random = SyntheticRandom.For(seed, Stream, (ulong)index);
        if (!random.Chance(Share))
        {
            return record;
        }

        // Each kind of gap on about half of the thinned records.
        if (random.Chance(0.5))
        {
            record = record with { Incident = record.Incident with { IncidentId = null, Channel = null, ReporterType = null } };
        }

        if (random.Chance(0.5) && record.OwningUnit is { } unit)
        {
            record = record with { OwningUnit = unit with { Area = null } };
        }

        if (random.Chance(0.5))
        {
            record = record with { Officers = [.. record.Officers.Select(o => o with { Rank = null })] };
        }

        if (random.Chance(0.5))
        {
            record = record with
            {
                VictimContacts = [.. record.VictimContacts.Select(c => c with { DurationMinutes = null })],
                Notifications = [.. record.Notifications.Select(n => n with { Channel = null })],
            };
        }

        if (random.Chance(0.5))
        {
            record = record with
            {
                Victims = [.. record.Victims.Select(v => v with { AgeAtOffence = null, VulnerabilityFlags = [] })],
                AdditionalVerifiableInformation = [.. record.AdditionalVerifiableInformation.Select(a => a with { Summary = null })],
            };
        }

        return record;
    }
}
