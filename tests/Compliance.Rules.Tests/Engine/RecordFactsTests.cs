using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.Engine;

public sealed class RecordFactsTests
{
    private static RecordFacts Facts(CrimeRecord record, IReadOnlyDictionary<string, object>? parameters = null) =>
        new(record, AsOf, TestContext.With(parameters));

    /// <summary>Only what the schema requires: every optional fact absent.</summary>
    private static readonly CrimeRecord Bare = new()
    {
        SchemaVersion = "1.0",
        CrimeRecordId = "CR-BARE",
        Incident = new Incident { ReportReceivedAt = Reported },
    };

    [Fact]
    public void Record_and_as_of_are_the_inputs()
    {
        var facts = Facts(Clean);

        Assert.Same(Clean, facts.Record);
        Assert.Equal(AsOf, facts.AsOf);
        Assert.Equal("HOCR-2015", facts.CountingRulesAt(facts.Record.Incident.ReportReceivedAt)!.Id);
    }

    [Fact]
    public void Initial_and_current_follow_seq_not_list_order()
    {
        var record = Clean with
        {
            ClassificationHistory =
            [
                Change(3, "20A", "8N", ChangeType.ReclassifyDown),
                Entry(1, "19C", Decided, ChangeType.Initial),
                Change(2, "19C", "20A", ChangeType.ReclassifyDown),
            ],
        };

        var facts = Facts(record);

        Assert.Equal("19C", facts.InitialCode);
        Assert.Equal("8N", facts.CurrentCode);
        Assert.Equal("RAPE", facts.InitialGroup);
        Assert.Equal("VIOLENCE", facts.CurrentGroup);
        Assert.Equal([1, 2, 3], facts.History.Select(h => h.Seq));
        Assert.Null(facts.PreviousEntry(facts.History[0]));
        Assert.Same(facts.History[1], facts.PreviousEntry(facts.History[2]));
        Assert.Null(facts.PreviousEntry(Entry(1, "19C", Decided, ChangeType.Initial)));
    }

    [Fact]
    public void History_reads_the_same_from_the_readers_arrays_and_from_other_lists()
    {
        // The reader gives arrays (kept as they are); code may give any list (copied once, or sorted
        // when out of seq order or holding a null).
        ClassificationEntry[] inOrder = [Entry(1, "19C", Decided, ChangeType.Initial), Change(2, "19C", "8N", ChangeType.ReclassifyDown)];
        var byHistory = Clean with { Incident = Clean.Incident with { AllegationType = null } };
        var fromArray = Facts(byHistory with { ClassificationHistory = inOrder });
        var fromList = Facts(byHistory with { ClassificationHistory = inOrder.ToList() });
        var withNull = Facts(byHistory with { ClassificationHistory = new List<ClassificationEntry> { inOrder[1], null!, inOrder[0] } });

        Assert.Same(inOrder, fromArray.History);
        foreach (var facts in new[] { fromArray, fromList, withNull })
        {
            Assert.Equal([1, 2], facts.History.Select(h => h.Seq));
            Assert.Same(inOrder[0], facts.History[0]);
            Assert.Same(inOrder[1], facts.History[1]);
            Assert.Equal("19C", facts.InitialCode);
            Assert.Equal("8N", facts.CurrentCode);
            Assert.Same(inOrder[0], facts.PreviousEntry(inOrder[1]));
            // 19C is a rape code: the record is a rape record by its history alone.
            Assert.True(facts.IsRapeRecord);
        }
    }

    [Fact]
    public void Group_of_a_code_and_serious_groups()
    {
        var facts = Facts(Clean);

        Assert.Equal("ROBBERY", facts.GroupOf("34B"));
        Assert.Equal("OTHER", facts.GroupOf("49A"));
        Assert.Null(facts.GroupOf(null));
        Assert.True(facts.IsSeriousGroup("RAPE"));
        Assert.True(facts.IsSeriousGroup("ROBBERY"));
        Assert.False(facts.IsSeriousGroup("OTHER"));
        Assert.False(facts.IsSeriousGroup(null));
    }

    [Fact]
    public void Serious_groups_come_from_the_parameter()
    {
        var facts = Facts(Clean, new Dictionary<string, object> { ["seriousGroups"] = new[] { "OTHER" } });

        Assert.True(facts.IsSeriousGroup("OTHER"));
        Assert.False(facts.IsSeriousGroup("RAPE"));
    }

    [Fact]
    public void Sexual_offence_and_rape_record_by_history_or_allegation()
    {
        var byAllegation = Clean with { ClassificationHistory = [] };
        var byHistory = Clean with { Incident = Clean.Incident with { AllegationType = null } };
        var otherSexual = Theft with { Incident = Theft.Incident with { AllegationType = AllegationType.SexualAssault } };
        var rapeMovedToAssault = Theft with
        {
            ClassificationHistory = [Entry(1, "19C", Decided, ChangeType.Initial), Change(2, "19C", "8N", ChangeType.ReclassifyDown)],
        };

        Assert.True(Facts(byAllegation).IsSexualOffenceRecord);
        Assert.True(Facts(byAllegation).IsRapeRecord);
        Assert.True(Facts(byHistory).IsSexualOffenceRecord);
        Assert.True(Facts(byHistory).IsRapeRecord);
        Assert.True(Facts(otherSexual).IsSexualOffenceRecord);
        Assert.False(Facts(otherSexual).IsRapeRecord);
        Assert.True(Facts(rapeMovedToAssault).IsRapeRecord);
        Assert.False(Facts(Theft).IsSexualOffenceRecord);
        Assert.False(Facts(Theft).IsRapeRecord);
    }

    [Fact]
    public void Has_victim()
    {
        Assert.True(Facts(Clean).HasVictim);
        Assert.False(Facts(Clean with { Victims = [] }).HasVictim);
    }

    [Theory]
    [InlineData("2016-03-01T12:00:00Z", true)]
    [InlineData("2016-06-30T12:00:00Z", true)]
    // 23:30 UTC on 30 June is 1 July in London, after the accreditation's last day.
    [InlineData("2016-06-30T23:30:00Z", false)]
    [InlineData("2015-12-31T23:59:00Z", false)]
    public void Specialist_at_a_time_uses_the_London_date_and_inclusive_validity(string at, bool expected)
    {
        var record = Clean with
        {
            Officers = [Officer("OFF-S", OfficerRole.Specialist, "U", Accreditation(AccreditationType.Soit, "2016-01-01", "2016-06-30"))],
        };

        Assert.Equal(expected, Facts(record).IsSpecialistAt("OFF-S", At(at)));
    }

    [Fact]
    public void Specialist_needs_a_known_officer_a_time_and_a_specialist_accreditation()
    {
        var facts = Facts(Clean);

        Assert.True(facts.IsSpecialistAt(Specialist, Decided));
        Assert.False(facts.IsSpecialistAt(Investigator, Decided));
        Assert.False(facts.IsSpecialistAt("OFF-NOBODY", Decided));
        Assert.False(facts.IsSpecialistAt(null, Decided));
        Assert.False(facts.IsSpecialistAt(Specialist, null));
    }

    [Fact]
    public void Holds_accreditation_at_checks_the_given_types()
    {
        var facts = Facts(Clean);
        AccreditationType[] authority = [AccreditationType.Fcr, AccreditationType.Dfcr, AccreditationType.Ddm];

        Assert.True(facts.HoldsAccreditationAt(Registrar, Decided, authority));
        Assert.False(facts.HoldsAccreditationAt(Specialist, Decided, authority));
        Assert.False(facts.HoldsAccreditationAt(Registrar, At("2009-12-31T12:00:00Z"), authority));
        Assert.False(facts.HoldsAccreditationAt(Registrar, Decided, null));
    }

    [Fact]
    public void Officer_unit_and_role()
    {
        var facts = Facts(Clean);

        Assert.Equal("U-REGISTRY", facts.OfficerUnit(Registrar));
        Assert.Equal(OfficerRole.Supervisor, facts.OfficerRoleOf(Supervisor));
        Assert.Null(facts.OfficerUnit("OFF-NOBODY"));
        Assert.Null(facts.OfficerRoleOf(null));
    }

    [Fact]
    public void First_specialist_contact_is_the_earliest_contact_by_a_specialist_at_that_time()
    {
        var record = Clean with
        {
            Officers = [.. Clean.Officers, Officer("OFF-LATE", OfficerRole.Specialist, "U", Accreditation(AccreditationType.Sto, "2016-03-02"))],
            VictimContacts =
            [
                Contact("C-9", "2016-03-01T11:00:00Z", "OFF-LATE", QuestioningDepth.Detailed, ContactPurpose.EvidenceCapture),
                Contact("C-8", "2016-03-01T16:00:00Z", Specialist, QuestioningDepth.Detailed, ContactPurpose.EvidenceCapture),
                Contact("C-2", "2016-03-01T12:00:00Z", Specialist, QuestioningDepth.Detailed, ContactPurpose.EvidenceCapture),
            ],
        };

        Assert.Equal(At("2016-03-01T12:00:00Z"), Facts(record).FirstSpecialistContactAt);
        Assert.Null(Facts(Clean with { VictimContacts = [Clean.VictimContacts[0]] }).FirstSpecialistContactAt);
    }

    [Fact]
    public void Qualifying_avi_needs_a_verifiable_type_obtained_after_the_decision_and_an_independent_verifier()
    {
        var record = Clean with
        {
            AdditionalVerifiableInformation =
            [
                QualifyingCctv,
                Avi("AVI-OPINION", AviType.OfficerOpinion, "2016-03-05T09:00:00Z", Registrar),
                Avi("AVI-EARLY", AviType.Cctv, "2016-03-01T19:00:00Z", Registrar),
                Avi("AVI-AT-DECISION", AviType.Cctv, "2016-03-01T20:00:00Z", Registrar),
                Avi("AVI-SELF", AviType.Forensic, "2016-03-05T09:00:00Z", Investigator),
                Avi("AVI-UNVERIFIED", AviType.Medical, "2016-03-05T09:00:00Z", null),
            ],
        };
        var facts = Facts(record);

        Assert.True(facts.IsQualifyingAvi("AVI-CCTV", Investigator));
        Assert.False(facts.IsQualifyingAvi("AVI-OPINION", Investigator));
        Assert.False(facts.IsQualifyingAvi("AVI-EARLY", Investigator));
        Assert.False(facts.IsQualifyingAvi("AVI-AT-DECISION", Investigator));
        Assert.False(facts.IsQualifyingAvi("AVI-SELF", Investigator));
        Assert.True(facts.IsQualifyingAvi("AVI-SELF", Specialist));
        Assert.False(facts.IsQualifyingAvi("AVI-UNVERIFIED", Investigator));
        Assert.False(facts.IsQualifyingAvi("AVI-NOTHING", Investigator));
        Assert.False(facts.IsQualifyingAvi(null, Investigator));
        Assert.True(facts.HasQualifyingAvi(["AVI-NOTHING", "AVI-OPINION", "AVI-CCTV"], Investigator));
        Assert.False(facts.HasQualifyingAvi(["AVI-NOTHING", "AVI-OPINION"], Investigator));
        Assert.False(facts.HasQualifyingAvi([], Investigator));
        Assert.False(facts.HasQualifyingAvi(null, Investigator));
    }

    [Fact]
    public void Avi_obtained_at_any_time_qualifies_when_the_decision_time_is_unknown()
    {
        var record = Clean with
        {
            RecordingDecision = Clean.RecordingDecision! with { DecidedAt = null },
            AdditionalVerifiableInformation = [Avi("AVI-EARLY", AviType.Cctv, "2016-03-01T11:00:00Z", Registrar)],
        };

        Assert.True(Facts(record).IsQualifyingAvi("AVI-EARLY", Investigator));
    }

    [Fact]
    public void Verifiable_types_come_from_the_parameter()
    {
        var record = Clean with { AdditionalVerifiableInformation = [QualifyingCctv] };
        var facts = Facts(record, new Dictionary<string, object> { ["verifiableAviTypes"] = new[] { AviType.Forensic } });

        Assert.False(facts.IsQualifyingAvi("AVI-CCTV", Investigator));
    }

    [Fact]
    public void Resolved_avi_drops_unknown_references_and_repeats()
    {
        var opinion = Avi("AVI-OPINION", AviType.OfficerOpinion, "2016-03-05T09:00:00Z", Registrar);
        var facts = Facts(Clean with { AdditionalVerifiableInformation = [QualifyingCctv, opinion] });

        var resolved = facts.ResolvedAvi(["AVI-OPINION", "AVI-NOTHING", "AVI-CCTV", "AVI-OPINION"]);

        Assert.Equal(["AVI-OPINION", "AVI-CCTV"], resolved.Select(a => a.AviId));
        Assert.Empty(facts.ResolvedAvi(null));
    }

    [Theory]
    [InlineData(AviType.VictimRetraction, true)]
    [InlineData(AviType.VictimWithdrawalOfSupport, true)]
    [InlineData(AviType.SuspectAccount, true)]
    [InlineData(AviType.OfficerOpinion, true)]
    [InlineData(AviType.Cctv, false)]
    [InlineData(AviType.Documentary, false)]
    public void Insufficient_grounds(AviType type, bool expected) => Assert.Equal(expected, Facts(Clean).IsInsufficientGrounds(type));

    [Fact]
    public void Investigating_officers_are_contact_and_statement_officers_and_the_requester()
    {
        var facts = Facts(Clean);

        Assert.True(facts.IsInvestigatingOfficer(FirstResponder, null));
        Assert.True(facts.IsInvestigatingOfficer(Specialist, null));
        Assert.True(facts.IsInvestigatingOfficer(Registrar, Registrar));
        Assert.False(facts.IsInvestigatingOfficer(Registrar, Investigator));
        Assert.False(facts.IsInvestigatingOfficer(Investigator, null));
        Assert.False(facts.IsInvestigatingOfficer(null, null));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("   ", true)]
    [InlineData("N/A", true)]
    [InlineData(" tbc ", true)]
    [InlineData("See Above", true)]
    [InlineData("-", true)]
    [InlineData("x", true)]
    [InlineData("No reason", true)]
    [InlineData("Victim reports the event; no contrary evidence.", false)]
    [InlineData("none given", false)]
    public void Placeholder_text(string? text, bool expected) => Assert.Equal(expected, Facts(Clean).IsPlaceholder(text));

    [Fact]
    public void Placeholder_texts_come_from_the_parameter()
    {
        var facts = Facts(Clean, new Dictionary<string, object> { ["placeholderTexts"] = new[] { "pending" } });

        Assert.True(facts.IsPlaceholder("Pending"));
        Assert.False(facts.IsPlaceholder("tbc"));
        Assert.True(facts.IsPlaceholder(" "));
    }

    [Fact]
    public void Notice_deadline_is_one_working_day_for_enhanced_rights_else_five()
    {
        var thursday = At("2016-01-14T12:00:00Z");
        var standard = Clean with { Victims = [new Victim { PersonRef = "P-1", EnhancedRightsEligible = false }] };
        var mixed = Clean with { Victims = [.. standard.Victims, new Victim { PersonRef = "P-3", EnhancedRightsEligible = true }] };

        Assert.Equal(At("2016-01-15T23:59:59Z"), Facts(Clean).NoticeDeadline(thursday));
        Assert.Equal(At("2016-01-21T23:59:59Z"), Facts(standard).NoticeDeadline(thursday));
        Assert.Equal(At("2016-01-15T23:59:59Z"), Facts(mixed).NoticeDeadline(thursday));
        Assert.Null(Facts(Clean with { Victims = [] }).NoticeDeadline(thursday));
        Assert.Null(Facts(Clean).NoticeDeadline(null));
    }

    [Fact]
    public void Working_day_deadline_and_durations()
    {
        var facts = Facts(Clean);

        Assert.Equal(At("2016-03-29T23:59:59+01:00"), facts.WorkingDayDeadline(At("2016-03-24T12:00:00Z"), 1));
        Assert.Null(facts.WorkingDayDeadline(null, 1));
        Assert.Null(facts.WorkingDayDeadline(Decided, -1));
        Assert.Equal(TimeSpan.FromHours(24), facts.Hours(24));
        Assert.Equal(TimeSpan.FromHours(90 * 24), facts.Days(90));
    }

    [Fact]
    public void Victim_statements_exclude_witness_statements_and_are_in_time_order()
    {
        var record = Clean with
        {
            Statements =
            [
                Withdrawal("S-4", "2016-03-08T10:00:00Z", Specialist),
                Statement("S-3", StatementType.Witness, "2016-03-02T10:00:00Z", Investigator),
                Statement("S-1", StatementType.InitialAccount, "2016-03-01T10:15:00Z", FirstResponder, StatementInitiator.ThirdParty),
            ],
        };
        var facts = Facts(record);

        Assert.Equal(["S-1", "S-4"], facts.VictimStatements.Select(s => s.StatementId));
        Assert.True(facts.IsRetractionStatement(record.Statements[0]));
        Assert.False(facts.IsRetractionStatement(record.Statements[1]));
        Assert.False(facts.IsRetractionStatement(null));
        Assert.Equal("S-1", facts.LatestVictimStatementBefore(At("2016-03-08T10:00:00Z"))?.StatementId);
        Assert.Equal("S-4", facts.LatestVictimStatementBefore(At("2016-03-08T10:00:01Z"))?.StatementId);
        Assert.Null(facts.LatestVictimStatementBefore(At("2016-03-01T10:15:00Z")));
        Assert.Null(facts.LatestVictimStatementBefore(null));
    }

    [Fact]
    public void First_outcome_is_the_earliest_other_than_zero()
    {
        var record = Clean with
        {
            Outcomes = [Outcome(16, "2016-06-01T00:00:00Z"), Outcome(0, "2016-04-01T00:00:00Z"), Outcome(14, "2016-05-01T00:00:00Z")],
        };

        Assert.Equal(At("2016-05-01T00:00:00Z"), Facts(record).FirstOutcomeAt);
        Assert.Null(Facts(Clean with { Outcomes = [Outcome(0)] }).FirstOutcomeAt);

        // The same outcomes as the reader gives them (an array).
        Outcome[] asRead = [.. record.Outcomes];
        Assert.Equal(At("2016-05-01T00:00:00Z"), Facts(record with { Outcomes = asRead }).FirstOutcomeAt);
    }

    [Fact]
    public void Absent_facts_give_nulls_falses_and_empties_without_throwing()
    {
        var facts = Facts(Bare);

        Assert.Null(facts.InitialCode);
        Assert.Null(facts.CurrentCode);
        Assert.Null(facts.InitialGroup);
        Assert.Null(facts.CurrentGroup);
        Assert.Empty(facts.History);
        Assert.False(facts.IsSexualOffenceRecord);
        Assert.False(facts.IsRapeRecord);
        Assert.False(facts.HasVictim);
        Assert.Null(facts.FirstSpecialistContactAt);
        Assert.Empty(facts.VictimStatements);
        Assert.Null(facts.FirstOutcomeAt);
        Assert.False(facts.IsQualifyingAvi("AVI-1", null));
        Assert.Empty(facts.ResolvedAvi(["AVI-1"]));
        Assert.False(facts.IsInvestigatingOfficer("OFF-1", null));
        Assert.Null(facts.NoticeDeadline(Reported));
        Assert.Equal("HOCR-2015", facts.CountingRulesAt(facts.Record.Incident.ReportReceivedAt)!.Id);
    }
}
