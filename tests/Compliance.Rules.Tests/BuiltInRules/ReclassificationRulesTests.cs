using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.BuiltInRules.BuiltIn;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.BuiltInRules;

public sealed class ReclassificationRulesTests
{
    /// <summary>A violence record (8N) downgraded to 105A (still violence) and then to 49A (theft), both on qualifying CCTV.</summary>
    private static CrimeRecord Downgraded(Func<ClassificationEntry, ClassificationEntry>? changeLast = null)
    {
        var last = Change(3, "105A", "49A", ChangeType.ReclassifyDown, "AVI-CCTV");
        return Theft with
        {
            Incident = Theft.Incident with { AllegationType = AllegationType.Violence },
            ClassificationHistory =
            [
                Entry(1, "8N", Decided, ChangeType.Initial),
                Change(2, "8N", "105A", ChangeType.ReclassifyDown, "AVI-CCTV"),
                changeLast is null ? last : changeLast(last),
            ],
            AdditionalVerifiableInformation = [QualifyingCctv],
        };
    }

    // RECLASS-001

    // The initial entry has no previous code, reason or justification: only later entries are judged.
    [Fact]
    public void Reclass001_passes_on_complete_changes() => Passes(Downgraded(), "RECLASS-001");

    [Fact]
    public void Reclass001_fires_on_each_missing_field()
    {
        Assert.Equal(new object?[] { 3 }, Fires(Downgraded(h => h with { ReasonCode = null }), "RECLASS-001").Evidence["entrySeqs"]);
        Fires(Downgraded(h => h with { PreviousHomeOfficeCode = null }), "RECLASS-001");
        Fires(Downgraded(h => h with { RequestedByOfficerRef = null }), "RECLASS-001");
        Fires(Downgraded(h => h with { JustificationText = " TBD " }), "RECLASS-001");
        Fires(Downgraded(h => h with { JustificationText = null }), "RECLASS-001");
    }

    [Fact]
    public void Reclass001_needs_an_authoriser_only_for_a_downgrade()
    {
        Fires(Downgraded(h => h with { AuthorisedByOfficerRef = null }), "RECLASS-001");
        Passes(Downgraded(h => h with { ChangeType = ChangeType.ReclassifyLateral, AuthorisedByOfficerRef = null }), "RECLASS-001");
    }

    [Fact]
    public void Reclass001_is_not_applicable_with_a_single_classification()
    {
        NotApplicable(Clean, "RECLASS-001");
        NotApplicable(Clean with { ClassificationHistory = [] }, "RECLASS-001");
    }

    // RECLASS-002

    [Fact]
    public void Reclass002_passes_when_every_downgrade_has_qualifying_avi() => Passes(Downgraded(), "RECLASS-002");

    [Fact]
    public void Reclass002_fires_on_a_downgrade_without_qualifying_avi_critical_from_a_serious_group()
    {
        var finding = Fires(Downgraded(h => h with { AviRefs = ["AVI-NOTHING"] }), "RECLASS-002");

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal(new object?[] { "105A" }, finding.Evidence["previousCodes"]);
    }

    [Fact]
    public void Reclass002_is_high_when_the_previous_code_is_not_in_a_serious_group()
    {
        var record = Theft with
        {
            ClassificationHistory = [Entry(1, "49A", Decided, ChangeType.Initial), Change(2, "49A", "49B", ChangeType.ReclassifyDown)],
        };

        Assert.Equal(Severity.High, Fires(record, "RECLASS-002").Severity);
    }

    [Fact]
    public void Reclass002_does_not_accept_avi_verified_by_the_requester_or_obtained_before_recording()
    {
        var selfVerified = Downgraded() with { AdditionalVerifiableInformation = [QualifyingCctv with { VerifiedByOfficerRef = Investigator }] };
        var early = Downgraded() with { AdditionalVerifiableInformation = [QualifyingCctv with { ObtainedAt = At("2016-03-01T15:00:00Z") }] };

        Fires(selfVerified, "RECLASS-002");
        Fires(early, "RECLASS-002");
    }

    [Fact]
    public void Reclass002_is_not_applicable_without_a_downgrade()
    {
        NotApplicable(Theft with { ClassificationHistory = [Entry(1, "105A", Decided, ChangeType.Initial), Change(2, "105A", "8N", ChangeType.ReclassifyUp)] }, "RECLASS-002");
        NotApplicable(Clean, "RECLASS-002");
    }
}
