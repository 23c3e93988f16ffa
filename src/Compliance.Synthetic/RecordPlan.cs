using System.Globalization;

namespace Compliance.Synthetic;

/// <summary>The head of one record: who owns it, when it was reported, and its reference.</summary>
internal sealed record RecordPlan(long Index, ForceUnit Unit, DateTimeOffset ReportReceivedAt, string CrimeRecordId, string IncidentId)
{
    /// <summary>The record's number in its crime reference (<c>000123</c>), also used for exhibits.</summary>
    public string Number => (Index + 1).ToString("D6", CultureInfo.InvariantCulture);
}

/// <summary>
/// Places record <c>i</c> of <c>N</c> in the period: reports arrive in order over the year, each in
/// its own slot, so the file reads like an RMS export sorted by report time. A plan depends only on
/// the seed, the scenario and the index, which lets a record name an earlier one (a C3 duplicate)
/// without keeping it.
/// </summary>
internal sealed class RecordPlanner(long seed, int count, ForceModel force)
{
    /// <summary>First instant of the generated period (the IPCC's Sapphire period began in July 2008).</summary>
    public static readonly DateTimeOffset PeriodStart = new(2008, 7, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The end of the generated period (exclusive): one year of reports.</summary>
    public static readonly DateTimeOffset PeriodEnd = new(2009, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private const ulong PlanStream = 0x50_4C_41_4E; // "PLAN"

    private static readonly long PeriodMinutes = (long)(PeriodEnd - PeriodStart).TotalMinutes;

    public RecordPlan Plan(long index)
    {
        var random = SyntheticRandom.For(seed, PlanStream, (ulong)index);
        var unit = force.OwningUnits.Pick(random);
        var slotStart = index * PeriodMinutes / count;
        var slotEnd = (index + 1) * PeriodMinutes / count;
        var minute = slotStart + (slotEnd > slotStart ? random.Next((int)(slotEnd - slotStart)) : 0);
        var received = PeriodStart.AddMinutes(minute);

        var number = (index + 1).ToString("D6", CultureInfo.InvariantCulture);
        var year = received.Year.ToString(CultureInfo.InvariantCulture);
        var crimeRecordId = $"CR-{year}-{unit.AreaCode}-{number}";
        var incidentId = "INC-" + received.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-"
            + ((index % 9000) + 1000).ToString(CultureInfo.InvariantCulture);
        return new RecordPlan(index, unit, received, crimeRecordId, incidentId);
    }
}
