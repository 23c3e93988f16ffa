namespace Compliance.Rules.Sampling;

/// <summary>One drawn item.</summary>
/// <param name="ItemKey"><c>record:&lt;crimeRecordId&gt;</c> or <c>incident:&lt;incidentId&gt;</c>.</param>
/// <param name="StratumId">Its stratum.</param>
/// <param name="Rank">1-based position in the stratum's selection order (review in this order: the first k are a simple random sample too).</param>
/// <param name="Findings">The rules that fired on it, by id (ordinal order).</param>
public sealed record SampleItem(string ItemKey, string StratumId, long Rank, IReadOnlyList<string> Findings);
