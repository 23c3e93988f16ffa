using Compliance.Rules.Calendar;
using Compliance.Rules.Records;

namespace Compliance.Rules.Engine.Facts;

/// <summary>The record's officers by reference (the first entry wins when a reference repeats).</summary>
internal sealed class OfficerDirectory
{
    private readonly Dictionary<string, Officer> byRef = new(StringComparer.Ordinal);

    public OfficerDirectory(IEnumerable<Officer?> officers)
    {
        foreach (var officer in officers)
        {
            if (officer?.OfficerRef is { } officerRef)
            {
                byRef.TryAdd(officerRef, officer);
            }
        }
    }

    public Officer? Find(string? officerRef) =>
        officerRef is not null && byRef.TryGetValue(officerRef, out var officer) ? officer : null;

    /// <summary>Whether the officer holds one of <paramref name="types"/> valid on the London date of <paramref name="at"/> (both ends inclusive).</summary>
    public bool HoldsAt(string? officerRef, DateTimeOffset? at, IEnumerable<AccreditationType>? types)
    {
        if (at is not { } instant || types is null || Find(officerRef) is not { } officer)
        {
            return false;
        }

        var date = WorkingDayCalendar.LondonDate(instant);
        var wanted = types as ICollection<AccreditationType> ?? [.. types];
        return (officer.Accreditations ?? []).Any(a =>
            a is not null && wanted.Contains(a.Type) && a.ValidFrom <= date && (a.ValidTo is null || date <= a.ValidTo));
    }
}
