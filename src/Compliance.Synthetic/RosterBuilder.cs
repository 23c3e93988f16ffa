using System.Globalization;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>Hands out officer references (<c>OFF-1234</c>) and accreditations for the synthetic force.</summary>
internal sealed class RosterBuilder(SyntheticRandom random, GenerationPeriod period)
{
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
        var held = new List<Accreditation>(accreditations.Length);
        foreach (var type in accreditations)
        {
            if (StartOf(type) is { } start)
            {
                held.Add(new Accreditation { Type = type, ValidFrom = start });
            }
        }

        return new RosterOfficer("OFF-" + _nextNumber.ToString("D4", CultureInfo.InvariantCulture), rank, unitId, held);
    }

    /// <summary>
    /// When an accreditation starts: some time in the ten years before the period (at the latest
    /// two months before it), so that every lapse in a record is one the practice profile chose,
    /// never an accident of dates; but never before the accreditation existed. One that came into
    /// being during the period starts on its first day; one that came later is not held.
    /// </summary>
    private DateOnly? StartOf(AccreditationType type)
    {
        var first = DateOnly.FromDateTime(period.Start.UtcDateTime);
        var latest = first.AddMonths(-2);
        var earliest = first.AddYears(-10);
        if (!RulesInForce.AccreditationExists(type, latest))
        {
            var introduced = RulesInForce.AccreditationIntroduced(type);
            return GenerationPeriod.Midnight(introduced) < period.End ? introduced : null;
        }

        var months = ((latest.Year - earliest.Year) * 12) + latest.Month - earliest.Month;
        var start = earliest.AddMonths(random.Between(0, months));
        start = new DateOnly(start.Year, start.Month, 1);
        while (!RulesInForce.AccreditationExists(type, start))
        {
            start = start.AddMonths(1);
        }

        return start;
    }
}
