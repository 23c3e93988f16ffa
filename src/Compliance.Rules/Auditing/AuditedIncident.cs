using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Incidents;
using Compliance.Rules.Incidents.Evaluation;

namespace Compliance.Rules.Auditing;

/// <summary>One evaluated incident log of an audit: where it was read and what the incident rules said of it.</summary>
/// <param name="Input">The incident as the reader gave it (source and line).</param>
/// <param name="Evaluation">Its findings, rule statuses and rule errors, judged with the crime records linked to it.</param>
public sealed record AuditedIncident(ParsedIncident Input, IncidentEvaluation Evaluation)
{
    /// <summary>The input it came from, as given.</summary>
    public string Source => Input.Source;

    /// <summary>The 1-based line on which it starts.</summary>
    public long Line => Input.Line;

    /// <summary>The incident.</summary>
    public IncidentLog Incident => Input.Incident;

    /// <summary>The incident unit it is counted under (<see cref="UnitIds.Unassigned"/> when it names none).</summary>
    public string UnitId => UnitIds.Of(Evaluation.UnitId);
}
