using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing;

/// <summary>One evaluated record of an audit: where it was read and what the engine said of it.</summary>
/// <param name="Input">The record as the reader gave it (source and line).</param>
/// <param name="Evaluation">Its findings, rule statuses and rule errors.</param>
public sealed record AuditedRecord(ParsedRecord Input, RecordEvaluation Evaluation)
{
    /// <summary>The input it came from, as given.</summary>
    public string Source => Input.Source;

    /// <summary>The 1-based line on which it starts.</summary>
    public long Line => Input.Line;

    /// <summary>The record.</summary>
    public CrimeRecord Record => Input.Record;

    /// <summary>The unit the record is counted under (<see cref="UnitIds.Unassigned"/> when it names none).</summary>
    public string UnitId => UnitIds.Of(Evaluation.UnitId);
}
