using Compliance.Rules.Calendar;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>An officer of the synthetic force: the same reference always has the same rank, unit and accreditations.</summary>
internal sealed record RosterOfficer(string OfficerRef, string Rank, string UnitId, IReadOnlyList<Accreditation> Accreditations)
{
    /// <summary>Holds an STO or SOIT accreditation valid at <paramref name="at"/> (the rules' "specialist at time t").</summary>
    public bool IsSpecialistAt(DateTimeOffset at) =>
        Holds(AccreditationType.Sto, at) || Holds(AccreditationType.Soit, at);

    public bool Holds(AccreditationType type, DateTimeOffset at)
    {
        var day = WorkingDayCalendar.LondonDate(at);
        foreach (var accreditation in Accreditations)
        {
            if (accreditation.Type == type && accreditation.ValidFrom <= day && (accreditation.ValidTo is null || day <= accreditation.ValidTo))
            {
                return true;
            }
        }

        return false;
    }
}
