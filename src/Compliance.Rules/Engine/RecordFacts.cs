using Compliance.Rules.Records;

namespace Compliance.Rules.Engine;

/// <summary>
/// The fact every record rule sees: one record at one as-of time, with the derived notions of
/// rules.md ("Shared definitions") computed once. Its public members are the vocabulary of rule
/// conditions (docs/rule-packs.md). Evaluation never reads the clock: <see cref="AsOf"/> is an input.
/// </summary>
public sealed class RecordFacts
{
    /// <summary>Builds the facts of a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The as-of instant of the evaluation run.</param>
    /// <param name="context">The pack's context.</param>
    public RecordFacts(CrimeRecord record, DateTimeOffset asOf, RulePackContext context)
    {
        Record = record;
        AsOf = asOf;
        _ = context;
    }

    /// <summary>The record.</summary>
    public CrimeRecord Record { get; }

    /// <summary>The as-of instant.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>Whether this is a rape record (rules.md).</summary>
    public bool IsRapeRecord => Record.Incident.AllegationType is AllegationType.Rape or AllegationType.AttemptedRape;

    /// <summary>Whether this is a sexual-offence record (rules.md).</summary>
    public bool IsSexualOffenceRecord => IsRapeRecord || Record.Incident.AllegationType is AllegationType.SexualAssault or AllegationType.OtherSexual;
}
