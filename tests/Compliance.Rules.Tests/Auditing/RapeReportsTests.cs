using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Records;
using Compliance.Rules.Tests.BuiltInRules;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.Auditing;

/// <summary>What a rape report is, and when it ended outside the count: every clause on a hand-built record.</summary>
public sealed class RapeReportsTests
{
    private static readonly HashSet<string> NoFindings = new(StringComparer.Ordinal);

    private static CrimeRecord Decided(RecordingOutcome outcome, int? subCode = null) =>
        Clean with { RecordingDecision = Clean.RecordingDecision! with { Outcome = outcome, N100SubCode = subCode } };

    private static CrimeRecord Converted => Decided(RecordingOutcome.N100, 1) with
    {
        ClassificationHistory = [.. Clean.ClassificationHistory, Entry(2, "19C", At("2016-03-03T10:00:00Z"), ChangeType.N100ToCrime)],
    };

    public static TheoryData<string, bool> Endings => new()
    {
        { "recorded", false },
        { "crime-related incident", true },
        { "not recorded", true },
        { "N100 without a sub-code", true },
        { "N100 sub-code 1", true },
        { "N100 sub-code 3 (transfer)", false },
        { "N100 converted to a crime", false },
        { "N100 converted, then cancelled C4", true },
        { "N100 converted, then cancelled C3", false },
        { "cancelled with no code", true },
        { "cancelled C4", true },
        { "cancelled C1", false },
        { "cancelled C3", false },
        { "cancelled C2 on qualifying AVI", false },
    };

    [Theory]
    [MemberData(nameof(Endings))]
    public void A_report_ends_outside_the_count_when_it_is_not_recorded_or_cancelled_without_grounds(string ending, bool lost)
    {
        var record = ending switch
        {
            "recorded" => Clean,
            "crime-related incident" => Decided(RecordingOutcome.CrimeRelatedIncident),
            "not recorded" => Decided(RecordingOutcome.NotRecorded),
            "N100 without a sub-code" => Decided(RecordingOutcome.N100),
            "N100 sub-code 1" => Decided(RecordingOutcome.N100, 1),
            "N100 sub-code 3 (transfer)" => Decided(RecordingOutcome.N100, 3),
            "N100 converted to a crime" => Converted,
            "N100 converted, then cancelled C4" => Converted with { Cancellation = Cancellation(CancellationCode.C4) },
            "N100 converted, then cancelled C3" => Converted with { Cancellation = Cancellation(CancellationCode.C3) },
            "cancelled with no code" => Clean with { Cancellation = Cancellation(null) },
            "cancelled C4" => Clean with { Cancellation = Cancellation(CancellationCode.C4) },
            "cancelled C1" => Clean with { Cancellation = Cancellation(CancellationCode.C1) },
            "cancelled C3" => Clean with { Cancellation = Cancellation(CancellationCode.C3) },
            "cancelled C2 on qualifying AVI" => Clean with { Cancellation = Cancellation(CancellationCode.C2, "AVI-CCTV"), AdditionalVerifiableInformation = [QualifyingCctv] },
            _ => throw new ArgumentOutOfRangeException(nameof(ending)),
        };

        Assert.Equal(lost, RapeReports.EndedOutsideCount(record, NoFindings));
    }

    [Theory]
    [InlineData("CANCEL-002", true)]
    [InlineData("CANCEL-003", true)]
    [InlineData("CANCEL-004", true)]
    [InlineData("CANCEL-005", false)]
    public void A_C2_cancellation_is_lost_only_when_a_grounds_rule_flagged_it(string fired, bool lost)
    {
        var record = Clean with { Cancellation = Cancellation(CancellationCode.C2) };

        Assert.Equal(lost, RapeReports.EndedOutsideCount(record, new HashSet<string>([fired], StringComparer.Ordinal)));
    }

    [Fact]
    public void A_report_counts_once_its_recording_is_decided_and_an_N100_is_a_report_whatever_its_allegation()
    {
        var undecided = Clean with { RecordingDecision = Clean.RecordingDecision! with { DecidedAt = null } };
        var n100Theft = Theft with { RecordingDecision = Theft.RecordingDecision! with { Outcome = RecordingOutcome.N100 } };

        Assert.True(RapeReports.IsCountedRapeReport(Clean, isRapeRecord: true));
        Assert.True(RapeReports.IsRapeReport(undecided, isRapeRecord: true));
        Assert.False(RapeReports.IsCountedRapeReport(undecided, isRapeRecord: true));
        Assert.True(RapeReports.IsCountedRapeReport(n100Theft, isRapeRecord: false));
        Assert.False(RapeReports.IsRapeReport(Theft, isRapeRecord: false));
    }

    [Fact]
    public void The_final_decision_is_the_authorisation_else_the_request_else_the_recording_decision()
    {
        var authorised = Clean with { Cancellation = Cancellation(CancellationCode.C4) };
        var requestedOnly = Clean with { Cancellation = Cancellation(CancellationCode.C4) with { AuthorisedAt = null } };

        Assert.Equal(At("2016-03-10T15:00:00Z"), RapeReports.FinalDecisionAt(authorised));
        Assert.Equal(At("2016-03-10T12:00:00Z"), RapeReports.FinalDecisionAt(requestedOnly));
        Assert.Equal(TestRecords.Decided, RapeReports.FinalDecisionAt(Clean));
    }

    // Through the built-in engine: a rape report not recorded fires SEXOFF-001, so it is one lost report
    // and one record that should have been recorded (U of AUDIT-004); a clean one is neither.
    [Fact]
    public void The_accumulator_counts_lost_reports_and_reports_that_should_have_been_recorded()
    {
        var notRecorded = Decided(RecordingOutcome.NotRecorded) with { CrimeRecordId = "CR-LOST" };
        var accumulator = new AuditAccumulator(BuiltIn.Engine.Pack, AsOf);
        foreach (var record in new[] { Clean, notRecorded })
        {
            accumulator.Add(record, BuiltIn.Engine.Evaluate(record, AsOf));
        }

        var unit = Assert.Single(accumulator.Units);
        Assert.Equal((2L, 1L, 1L), (unit.RapeReports, unit.RapeReportsEndedOutsideCount, unit.ShouldHaveBeenRecorded));
    }

    // Retraction statement types come from the pack: with only RETRACTION listed, a withdrawal of
    // support is not a retraction statement for AUDIT-003.
    [Fact]
    public void Retraction_statement_types_come_from_the_pack_parameter()
    {
        var policy = Packs.TestPacks.Policy("""{ "kind": "policy", "extends": "compliance-builtin", "parameters": { "retractionStatementTypes": ["RETRACTION"] } }""");
        var pack = BuiltIn.Engine.Pack.WithPolicy(policy);
        var record = Clean with { Statements = [Withdrawal("ST-1", "2016-03-05T10:00:00Z", Specialist), Withdrawal("ST-2", "2016-03-06T10:00:00Z", Specialist, StatementType.Retraction)] };
        var builtIn = new AuditAccumulator(BuiltIn.Engine.Pack, AsOf);
        var narrowed = new AuditAccumulator(pack, AsOf);
        builtIn.Add(record, BuiltIn.Engine.Evaluate(record, AsOf));
        narrowed.Add(record, BuiltIn.Engine.Evaluate(record, AsOf));

        Assert.Equal(2L, builtIn.Units.Single().RetractionStatements);
        Assert.Equal(1L, narrowed.Units.Single().RetractionStatements);
    }
}
