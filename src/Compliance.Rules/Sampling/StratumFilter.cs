using Compliance.Rules.Facts;
using Compliance.Rules.Records;

namespace Compliance.Rules.Sampling;

/// <summary>A stratum's compiled filter and date.</summary>
internal sealed class StratumFilter(PlanStratum stratum, Func<RecordFacts, bool> where, Func<RecordFacts, DateTimeOffset?>? dateField) : IStratumFilter<RecordFacts>
{
    public PlanStratum Stratum { get; } = stratum;

    public bool Matches(RecordFacts facts) => where(facts);

    /// <summary>The date that places the record in the period: <c>dateField</c>, else the decision's own date.</summary>
    public DateTimeOffset? DateOf(RecordFacts facts)
    {
        if (dateField is not null)
        {
            return dateField(facts);
        }

        var record = facts.Record;
        return Stratum.Decision switch
        {
            SampledDecision.Cancellation => record.Cancellation is { } c ? c.AuthorisedAt ?? c.RequestedAt : null,
            SampledDecision.Recording or SampledDecision.N100 => record.RecordingDecision?.DecidedAt,
            SampledDecision.Outcome => facts.FirstOutcomeAt,
            _ => null,
        };
    }

    public static string KeyOf(CrimeRecord record) => SelectionOrder.RecordKey(record.CrimeRecordId);
}
