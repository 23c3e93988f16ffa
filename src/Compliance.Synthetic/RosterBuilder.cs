using System.Globalization;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>Hands out officer references (<c>OFF-1234</c>) and accreditations for the synthetic force.</summary>
internal sealed class RosterBuilder(SyntheticRandom random)
{
    // The last accreditation start: every accreditation is valid for the whole generated period,
    // so a lapse in a record is always one the practice profile chose, never an accident of dates.
    private static readonly DateOnly LatestStart = new(2008, 5, 1);

    private int _nextNumber = 1000;

    public List<RosterOfficer> Officers(int count, string rank, string unitId, params AccreditationType[] accreditations)
    {
        var officers = new List<RosterOfficer>(count);
        for (var i = 0; i < count; i++)
        {
            officers.Add(Officer(rank, unitId, accreditations));
        }

        return officers;
    }

    public RosterOfficer Officer(string rank, string unitId, params AccreditationType[] accreditations)
    {
        _nextNumber += random.Between(1, 9);
        var held = new Accreditation[accreditations.Length];
        for (var i = 0; i < accreditations.Length; i++)
        {
            held[i] = new Accreditation { Type = accreditations[i], ValidFrom = StartOf(accreditations[i]) };
        }

        return new RosterOfficer("OFF-" + _nextNumber.ToString("D4", CultureInfo.InvariantCulture), rank, unitId, held);
    }

    private DateOnly StartOf(AccreditationType type)
    {
        var earliestYear = type is AccreditationType.Fcr or AccreditationType.Dfcr or AccreditationType.Ddm ? 2005 : 1998;
        var start = new DateOnly(random.Between(earliestYear, 2008), random.Between(1, 12), 1);
        return start > LatestStart ? LatestStart : start;
    }
}
