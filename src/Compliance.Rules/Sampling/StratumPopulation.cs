namespace Compliance.Rules.Sampling;

/// <summary>What a stratum's items are.</summary>
public enum StratumPopulation
{
    /// <summary>Crime records (<c>record:&lt;crimeRecordId&gt;</c>).</summary>
    Record,

    /// <summary>Incident logs (<c>incident:&lt;incidentId&gt;</c>).</summary>
    Incident,
}
