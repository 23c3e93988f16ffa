using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Subset;

/// <summary>
/// The pack parameters the subset's conditions use, read from the pack so that the Fluent DSL and
/// RulesEngine versions test exactly the sets the pack does. Typed as collections so the C#
/// compiler binds <see cref="Enumerable.Contains{TSource}(IEnumerable{TSource}, TSource)"/>, as
/// DynamicExpresso does for the pack.
/// </summary>
public sealed class SubsetParameters
{
    private SubsetParameters(RulePack pack)
    {
        NcrsNotRecordedOutcomes = pack.Parameter<RecordingOutcome[]>("ncrsNotRecordedOutcomes");
        ProhibitedReasons = pack.Parameter<RecordingReason[]>("prohibitedReasons");
        IndependentAuthorisationGroups = pack.Parameter<string[]>("independentAuthorisationGroups");
        RetractionAviTypes = pack.Parameter<AviType[]>("retractionAviTypes");
    }

    /// <summary>Recording outcomes that decide not to record a crime.</summary>
    public IReadOnlyCollection<RecordingOutcome> NcrsNotRecordedOutcomes { get; }

    /// <summary>Reasons that may never justify not recording.</summary>
    public IReadOnlyCollection<RecordingReason> ProhibitedReasons { get; }

    /// <summary>Offence groups whose cancellations need an authoriser from outside the owning unit.</summary>
    public IReadOnlyCollection<string> IndependentAuthorisationGroups { get; }

    /// <summary>AVI types that are a retraction.</summary>
    public IReadOnlyCollection<AviType> RetractionAviTypes { get; }

    /// <summary>
    /// Whether the counting-rules rules are judged on a record at their governing instant: the record names no
    /// edition the pack lacks (the engine then lists a record-level error instead of judging them), and some
    /// edition is in force (a named one whatever the instant, else the one at <paramref name="instant"/>).
    /// </summary>
    /// <param name="facts">The record's facts.</param>
    /// <param name="instant">The rule's governing instant.</param>
    /// <returns>True when the rule is in force and can be judged.</returns>
    public bool CountingRulesInForce(RecordFacts facts, DateTimeOffset? instant) =>
        facts.UnknownRulesEdition is null && facts.CountingRulesAt(instant) is not null;

    /// <summary>Reads the parameters of a pack.</summary>
    /// <param name="pack">The pack (normally the built-in one).</param>
    /// <returns>The parameters.</returns>
    public static SubsetParameters From(RulePack pack) => new(pack);
}
