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
        // Version 1 of the catalog kept these as parameters; the subset still tests the sets of one day.
        CredibilityFilterPurposes = [ContactPurpose.ClassificationCheck, ContactPurpose.CredibilityAssessment];
        var hocr2015 = pack.Timelines.CountingRules.Find("HOCR-2015")!;
        CancellationAuthorityAccreditations = [.. hocr2015.SeriousGroupAuthority.Accreditations];
        NonSeriousCancellationRoles = [.. hocr2015.OtherGroupAuthority.Roles];
        RetractionAviTypes = pack.Parameter<AviType[]>("retractionAviTypes");
        SanctionOutcomes = [.. pack.Timelines.Outcomes.Entries[^1].SanctionTypes];
        VrrOutcomes = [.. pack.Timelines.RightToReview.Entries[^1].Outcomes];
    }

    /// <summary>Recording outcomes that decide not to record a crime.</summary>
    public IReadOnlyCollection<RecordingOutcome> NcrsNotRecordedOutcomes { get; }

    /// <summary>Reasons that may never justify not recording.</summary>
    public IReadOnlyCollection<RecordingReason> ProhibitedReasons { get; }

    /// <summary>Contact purposes that filter credibility before recording.</summary>
    public IReadOnlyCollection<ContactPurpose> CredibilityFilterPurposes { get; }

    /// <summary>Accreditations that give authority to cancel.</summary>
    public IReadOnlyCollection<AccreditationType> CancellationAuthorityAccreditations { get; }

    /// <summary>Roles that may also cancel outside the serious groups.</summary>
    public IReadOnlyCollection<OfficerRole> NonSeriousCancellationRoles { get; }

    /// <summary>AVI types that are a retraction.</summary>
    public IReadOnlyCollection<AviType> RetractionAviTypes { get; }

    /// <summary>Sanction outcome types.</summary>
    public IReadOnlyCollection<int> SanctionOutcomes { get; }

    /// <summary>Outcome types that are a police decision not to proceed.</summary>
    public IReadOnlyCollection<int> VrrOutcomes { get; }

    /// <summary>Reads the parameters of a pack.</summary>
    /// <param name="pack">The pack (normally the built-in one).</param>
    /// <returns>The parameters.</returns>
    public static SubsetParameters From(RulePack pack) => new(pack);
}
