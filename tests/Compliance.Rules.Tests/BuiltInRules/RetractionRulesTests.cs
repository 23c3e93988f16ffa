using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.BuiltInRules.BuiltIn;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.BuiltInRules;

public sealed class RetractionRulesTests
{
    /// <summary>A withdrawal the victim initiated, taken by the specialist after first specialist contact, content complete.</summary>
    private static readonly Statement ProperWithdrawal = Withdrawal("S-W", "2016-03-08T10:00:00Z", Specialist);

    private static CrimeRecord With(Statement statement, params VictimContact[] contacts) =>
        Clean with { Statements = [.. Clean.Statements, statement], VictimContacts = [.. Clean.VictimContacts, .. contacts] };

    [Theory]
    [InlineData("RETRACT-001")]
    [InlineData("RETRACT-002")]
    [InlineData("RETRACT-003")]
    public void A_proper_withdrawal_passes(string ruleId) => Passes(With(ProperWithdrawal), ruleId);

    [Theory]
    [InlineData("RETRACT-001")]
    [InlineData("RETRACT-002")]
    [InlineData("RETRACT-003")]
    public void Retraction_rules_are_not_applicable_without_a_retraction_or_withdrawal(string ruleId) => NotApplicable(Clean, ruleId);

    // RETRACT-001

    [Fact]
    public void Retract001_fires_on_a_statement_the_police_initiated()
    {
        var finding = Fires(With(ProperWithdrawal with { InitiatedBy = StatementInitiator.Police }), "RETRACT-001");

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal(new object?[] { "S-W" }, finding.Evidence["statementIds"]);
        Assert.Equal(new object?[] { "POLICE" }, finding.Evidence["initiatedBy"]);
    }

    [Fact]
    public void Retract001_fires_after_a_retraction_request_contact_even_on_another_record_type()
    {
        var request = Contact("C-R", "2016-03-07T10:00:00Z", Investigator, QuestioningDepth.None, ContactPurpose.RetractionRequest);

        Assert.Equal(new object?[] { "C-R" }, Fires(With(ProperWithdrawal, request), "RETRACT-001").Evidence["requestContactIds"]);
        Fires(With(ProperWithdrawal, request) with { Incident = Theft.Incident, ClassificationHistory = Theft.ClassificationHistory }, "RETRACT-001");
    }

    [Fact]
    public void Retract001_passes_when_the_request_contact_came_after_the_statement()
    {
        var later = Contact("C-R", "2016-03-09T10:00:00Z", Investigator, QuestioningDepth.None, ContactPurpose.RetractionRequest);

        Passes(With(ProperWithdrawal, later), "RETRACT-001");
        Passes(With(ProperWithdrawal with { InitiatedBy = StatementInitiator.ThirdParty }), "RETRACT-001");
    }

    // RETRACT-002

    [Fact]
    public void Retract002_fires_on_a_statement_taken_by_a_non_specialist()
    {
        var finding = Fires(With(ProperWithdrawal with { TakenByOfficerRef = Investigator }), "RETRACT-002");

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(new object?[] { Investigator }, finding.Evidence["takenBy"]);
    }

    [Fact]
    public void Retract002_fires_on_a_statement_before_the_first_specialist_contact_or_without_one()
    {
        Fires(With(ProperWithdrawal with { TakenAt = At("2016-03-01T11:30:00Z") }), "RETRACT-002");
        Fires(With(ProperWithdrawal) with { VictimContacts = [Clean.VictimContacts[0]] }, "RETRACT-002");
    }

    [Fact]
    public void Retract002_is_not_applicable_outside_sexual_offences() =>
        NotApplicable(With(ProperWithdrawal with { TakenByOfficerRef = Investigator }) with { Incident = Theft.Incident, ClassificationHistory = Theft.ClassificationHistory }, "RETRACT-002");

    // RETRACT-003

    [Fact]
    public void Retract003_fires_without_content_flags_reasons_or_explored_pressure()
    {
        var flags = ProperWithdrawal.ContentFlags!;

        Assert.Equal(Severity.Medium, Fires(With(ProperWithdrawal with { ContentFlags = null }), "RETRACT-003").Severity);
        Fires(With(ProperWithdrawal with { ContentFlags = flags with { ReasonsGiven = [] } }), "RETRACT-003");
        Fires(With(ProperWithdrawal with { ContentFlags = flags with { PressureOrIntimidationExplored = false } }), "RETRACT-003");
        Fires(With(ProperWithdrawal with { ContentFlags = flags with { PressureOrIntimidationExplored = null } }), "RETRACT-003");
        Fires(With(ProperWithdrawal with { ContentFlags = flags with { AssertsEventDidNotHappen = null } }), "RETRACT-003");
    }

    [Fact]
    public void Retract003_passes_a_retraction_that_says_the_event_did_not_happen() =>
        Passes(With(ProperWithdrawal with { Type = StatementType.Retraction, ContentFlags = ProperWithdrawal.ContentFlags! with { AssertsEventDidNotHappen = true } }), "RETRACT-003");
}
