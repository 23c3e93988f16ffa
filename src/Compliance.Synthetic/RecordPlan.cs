using System.Globalization;

namespace Compliance.Synthetic;

/// <summary>The head of one record: who owns it, when it was reported, and its reference.</summary>
internal sealed record RecordPlan(long Index, ForceUnit Unit, DateTimeOffset ReportReceivedAt, string CrimeRecordId, string IncidentId)
{
    /// <summary>The record's number in its crime reference (<c>000123</c>), also used for exhibits.</summary>
    public string Number => (Index + 1).ToString("D6", CultureInfo.InvariantCulture);
}

/// <summary>
/// Places record <c>i</c> of <c>N</c> in the period: reports arrive in order, each in its own equal
/// slot of the period, so the file reads like an RMS export sorted by report time. A plan depends
/// only on the seed, the options and the index, which lets a record name an earlier one (a C3
/// duplicate) without keeping it.
/// </summary>
internal sealed class RecordPlanner(long seed, int count, ForceModel force, GenerationPeriod period)
{
    private const ulong PlanStream = 0x50_4C_41_4E; // "PLAN"

    private readonly long _periodMinutes = (long)(period.End - period.Start).TotalMinutes;

    public GenerationPeriod Period => period;

    public RecordPlan Plan(long index)
    {
        var random = SyntheticRandom.For(seed, PlanStream, (ulong)index);
        var unit = force.OwningUnits.Pick(random);
        var slotStart = index * _periodMinutes / count;
        var slotEnd = (index + 1) * _periodMinutes / count;
        var minute = slotStart + (slotEnd > slotStart ? random.Next((int)Math.Min(slotEnd - slotStart, int.MaxValue)) : 0);
        var received = period.Start.AddMinutes(minute);

        var number = (index + 1).ToString("D6", CultureInfo.InvariantCulture);
        var year = received.Year.ToString(CultureInfo.InvariantCulture);
        var crimeRecordId = $"CR-{year}-{unit.AreaCode}-{number}";
        var incidentId = "INC-" + received.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-"
            + ((index % 9000) + 1000).ToString(CultureInfo.InvariantCulture);
        return new RecordPlan(index, unit, received, crimeRecordId, incidentId);
    }
}
