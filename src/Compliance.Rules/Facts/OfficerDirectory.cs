using Compliance.Rules.Calendar;
using Compliance.Rules.Records;

namespace Compliance.Rules.Facts;

/// <summary>The record's officers by reference (the first entry wins when a reference repeats).</summary>
internal sealed class OfficerDirectory
{
    private readonly SmallIndex<Officer> _byRef;

    public OfficerDirectory(IReadOnlyList<Officer?> officers) =>
        _byRef = new SmallIndex<Officer>(officers, static o => o.OfficerRef);

    public Officer? Find(string? officerRef) => _byRef.Find(officerRef);

    /// <summary>Whether the officer holds one of <paramref name="types"/> valid on the London date of <paramref name="at"/> (both ends inclusive).</summary>
    public bool HoldsAt(string? officerRef, DateTimeOffset? at, IEnumerable<AccreditationType>? types)
    {
        if (at is not { } instant || types is null || Find(officerRef) is not { } officer || officer.Accreditations is not { Count: > 0 } accreditations)
        {
            return false;
        }

        var date = WorkingDayCalendar.LondonDate(instant);
        var wanted = types as ICollection<AccreditationType> ?? [.. types];
        foreach (var accreditation in accreditations)
        {
            if (accreditation is not null && wanted.Contains(accreditation.Type) && accreditation.ValidFrom <= date && (accreditation.ValidTo is null || date <= accreditation.ValidTo))
            {
                return true;
            }
        }

        return false;
    }
}
