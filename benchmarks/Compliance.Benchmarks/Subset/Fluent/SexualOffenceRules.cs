using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;
using NRules.Fluent.Dsl;

namespace Compliance.Benchmarks.Subset.Fluent;

/// <summary>SEXOFF-004: detailed questioning by a non-specialist before the first specialist contact.</summary>
[Name("SEXOFF-004")]
public sealed class Sexoff004(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        When().Match(
            () => facts,
            f => f.IsSexualOffenceRecord && f.Record.VictimContacts.Count > 0,
            f => f.Record.VictimContacts.Any(c => c.QuestioningDepth == QuestioningDepth.Detailed
                && !f.IsSpecialistAt(c.OfficerRef, c.At)
                && (f.FirstSpecialistContactAt == null || c.At < f.FirstSpecialistContactAt)));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "SEXOFF-004", Severity.Critical)));
    }
}

/// <summary>SEXOFF-005: a credibility-filter contact before the recording decision.</summary>
[Name("SEXOFF-005")]
public sealed class Sexoff005(SubsetParameters parameters) : SubsetRule(parameters)
{
    /// <inheritdoc />
    public override void Define()
    {
        RecordFacts facts = default!;
        var purposes = P.CredibilityFilterPurposes;
        When().Match(
            () => facts,
            f => f.IsSexualOffenceRecord && f.Record.VictimContacts.Count > 0,
            f => f.Record.VictimContacts.Any(c => purposes.Contains(c.PurposeCode)
                && (f.Record.RecordingDecision == null || f.Record.RecordingDecision.DecidedAt == null || c.At < f.Record.RecordingDecision.DecidedAt)));
        Then().Do(ctx => ctx.Insert(new FluentHit(facts, "SEXOFF-005", Severity.High)));
    }
}
