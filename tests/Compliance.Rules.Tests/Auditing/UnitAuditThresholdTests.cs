using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Packs;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Auditing;

/// <summary>
/// Every unit-audit threshold of the built-in pack, at the threshold and one step either side, on
/// hand-built tallies. The expected verdicts and figures are worked out by hand in the comments;
/// nothing here recomputes a unit figure the way the auditor does.
/// </summary>
public sealed class UnitAuditThresholdTests
{
    private static readonly RulePack BuiltInPack = RulePack.LoadBuiltIn();

    private static RulePack WithParameters(string parameters) =>
        BuiltInPack.WithPolicy(Policy($$"""{ "kind": "policy", "extends": "compliance-builtin", "parameters": { {{parameters}} } }"""));

    private static UnitAuditResult Audit(UnitTally unit, RulePack? pack = null) =>
        UnitAuditor.Run([unit], pack ?? BuiltInPack).Single();

    private static bool Fires(UnitAuditResult result, string ruleId) => result.Findings.Any(f => f.RuleId == ruleId);

    private static bool NotAssessed(UnitAuditResult result, string ruleId) => result.NotAssessed.Any(n => n.RuleId == ruleId);

    // AUDIT-001: the upper bound of the 95% Wilson interval of the clean share below 90%, n >= 20.
    // z = 1.959964, z² = 3.841459. For n = 100:
    //   k = 84: centre = (0.84 + 3.841459/200) / (1 + 3.841459/100) = 0.859207 / 1.038415 = 0.827422;
    //           half = 1.959964/1.038415 · √(0.84·0.16/100 + 3.841459/40000) = 1.887457 · 0.037948 = 0.071625;
    //           upper = 0.899047 < 0.90 → fires.
    //   k = 85: centre = 0.869207/1.038415 = 0.837052; half = 1.887457 · √(0.001275 + 0.000096) = 0.069888;
    //           upper = 0.906940 ≥ 0.90 → does not fire.
    //   k = 86: upper = 0.914737 → does not fire.
    // A Wilson bound is irrational, so it never equals 0.90 exactly: the step across is 84 → 85.
    [Theory]
    [InlineData(84, true, 0.899)]
    [InlineData(85, false, 0.9069)]
    [InlineData(86, false, 0.9147)]
    public void Audit001_fires_when_the_interval_lies_below_the_target(int clean, bool fires, double upper)
    {
        var result = Audit(new UnitTally("U") { Records = 100, RecordsWithHighOrCritical = 100 - clean });

        Assert.Equal(fires, Fires(result, "AUDIT-001"));
        if (fires)
        {
            Assert.Equal(upper, (double)result.Findings.Single(f => f.RuleId == "AUDIT-001").Evidence["intervalHigh"]!, 4);
        }
    }

    // AUDIT-001 needs 20 records: 19 are not assessed; 20 and 21 with every record flagged fire
    // (upper bound of 0 of 20 is 3.841459/23.841459 = 0.1611, far below 0.90).
    [Theory]
    [InlineData(19, false)]
    [InlineData(20, true)]
    [InlineData(21, true)]
    public void Audit001_needs_twenty_records(int records, bool assessed)
    {
        var result = Audit(new UnitTally("U") { Records = records, RecordsWithHighOrCritical = records });

        Assert.Equal(!assessed, NotAssessed(result, "AUDIT-001"));
        Assert.Equal(assessed, Fires(result, "AUDIT-001"));
    }

    // AUDIT-006 against a benchmark of 0.1 with 10 reports. More than twice the baseline means more
    // than 0.2, so k >= 3. P(X >= k), X ~ Bin(10, 0.1):
    //   P(0) = 0.9^10 = 0.348678, P(1) = 10·0.1·0.9^9 = 0.387420, P(2) = 45·0.01·0.9^8 = 0.193710,
    //   P(3) = 120·0.001·0.9^7 = 0.057396, P(4) = 210·0.0001·0.9^6 = 0.011160.
    //   k = 3: 1 − 0.929809 = 0.070191 → no; k = 4: 0.070191 − 0.057396 = 0.012795 → no (just above 0.01);
    //   k = 5: 0.012795 − 0.011160 = 0.001635 → fires.
    [Theory]
    [InlineData(3, false, 0.07019)]
    [InlineData(4, false, 0.0128)]
    [InlineData(5, true, 0.001635)]
    public void Audit006_needs_a_p_value_below_one_percent(int lost, bool fires, double pValue)
    {
        var result = Audit(new UnitTally("U") { RapeReports = 10, RapeReportsEndedOutsideCount = lost }, WithParameters("\"rapeAttritionBenchmark\": 0.1"));

        Assert.Equal(fires, Fires(result, "AUDIT-006"));
        Assert.False(NotAssessed(result, "AUDIT-006"));
        if (fires)
        {
            var evidence = result.Findings.Single(f => f.RuleId == "AUDIT-006").Evidence;
            Assert.Equal(pValue, (double)evidence["pValue"]!, 6);
            Assert.Equal("benchmark", evidence["baselineSource"]);
            Assert.Equal(0.5, evidence["rate"]);
        }
    }

    // The p-value limit itself: 4 of 10 against 0.1 gives p = 0.0127952 (above). A policy limit of
    // 0.0127953 is just above it (fires), 0.0127951 just below (does not).
    [Theory]
    [InlineData("0.0127951", false)]
    [InlineData("0.0127953", true)]
    public void Audit006_compares_the_p_value_strictly_with_the_limit(string maxP, bool fires)
    {
        var pack = WithParameters($"\"rapeAttritionBenchmark\": 0.1, \"audit006MaxPValue\": {maxP}");

        Assert.Equal(fires, Fires(Audit(new UnitTally("U") { RapeReports = 10, RapeReportsEndedOutsideCount = 4 }, pack), "AUDIT-006"));
    }

    // Twice the baseline: benchmark 0.25, 40 reports. 20 of 40 = 0.5 is exactly twice 0.25 (not
    // more) → no, although P(X >= 20) = 0.00057 is far below 0.01. 21 of 40 = 0.525 → fires
    // (P(X >= 21) = 0.000175). 19 of 40 = 0.475 → no.
    [Theory]
    [InlineData(19, false)]
    [InlineData(20, false)]
    [InlineData(21, true)]
    public void Audit006_needs_more_than_twice_the_baseline(int lost, bool fires)
    {
        var result = Audit(new UnitTally("U") { RapeReports = 40, RapeReportsEndedOutsideCount = lost }, WithParameters("\"rapeAttritionBenchmark\": 0.25"));

        Assert.Equal(fires, Fires(result, "AUDIT-006"));
    }

    // Ten reports at least: 9 of 9 lost is not assessed; 10 of 10 and 11 of 11 against 0.1 fire
    // (p = 0.1^10 and 0.1^11).
    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(11, true)]
    public void Audit006_needs_ten_rape_reports(int reports, bool assessed)
    {
        var result = Audit(new UnitTally("U") { RapeReports = reports, RapeReportsEndedOutsideCount = reports }, WithParameters("\"rapeAttritionBenchmark\": 0.1"));

        Assert.Equal(!assessed, NotAssessed(result, "AUDIT-006"));
        Assert.Equal(assessed, Fires(result, "AUDIT-006"));
    }

    // AUDIT-002 shares the test: benchmark 0.25, 40 rape records, 20 cancelled (exactly twice) → no;
    // 21 → fires; and 9 rape records are not assessed.
    [Theory]
    [InlineData(40, 20, false, false)]
    [InlineData(40, 21, true, false)]
    [InlineData(9, 9, false, true)]
    public void Audit002_uses_the_same_thresholds(int rapeRecords, int cancelled, bool fires, bool notAssessed)
    {
        var result = Audit(new UnitTally("U") { RapeRecords = rapeRecords, RapeRecordsCancelled = cancelled }, WithParameters("\"rapeCancellationBenchmark\": 0.25"));

        Assert.Equal(fires, Fires(result, "AUDIT-002"));
        Assert.Equal(notAssessed, NotAssessed(result, "AUDIT-002"));
    }

    // AUDIT-003, retraction grounds: more than 10% of cancellations. 200 of 2 000 is exactly 10% → no;
    // 201 of 2 000 → fires; 199 → no. 201 of 2 009 = 10.005%, displayed 0.1, is above 10% → fires.
    [Theory]
    [InlineData(2000, 199, false)]
    [InlineData(2000, 200, false)]
    [InlineData(2000, 201, true)]
    [InlineData(2009, 201, true)]
    public void Audit003_compares_the_retraction_grounds_share_unrounded(int cancellations, int onRetraction, bool fires)
    {
        var result = Audit(new UnitTally("U") { Cancellations = cancellations, CancellationsWithRetractionGrounds = onRetraction });

        Assert.Equal(fires, Fires(result, "AUDIT-003"));
        if (cancellations == 2009)
        {
            Assert.Equal(0.1, result.Findings.Single().Evidence["retractionGroundsShare"]);
        }
    }

    // AUDIT-003, pressure: more than 5% of retraction statements. 5 of 100 = 5% → no; 6 → fires; 4 → no.
    [Theory]
    [InlineData(4, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Audit003_fires_above_five_percent_of_statements_under_pressure(int underPressure, bool fires)
    {
        var result = Audit(new UnitTally("U") { RetractionStatements = 100, RetractionStatementsUnderPressure = underPressure });

        Assert.Equal(fires, Fires(result, "AUDIT-003"));
    }

    // AUDIT-003 minimums: 4 cancellations and 4 statements, all flagged → not assessed; 5 cancellations
    // with 1 flagged (20%) → fires; 6 statements with 1 under pressure (16.7%) → fires.
    [Theory]
    [InlineData(4, 4, 4, 4, false, true)]
    [InlineData(5, 1, 0, 0, true, false)]
    [InlineData(0, 0, 6, 1, true, false)]
    public void Audit003_needs_five_cancellations_or_five_statements(int cancellations, int grounds, int statements, int pressure, bool fires, bool notAssessed)
    {
        var result = Audit(new UnitTally("U")
        {
            Cancellations = cancellations, CancellationsWithRetractionGrounds = grounds,
            RetractionStatements = statements, RetractionStatementsUnderPressure = pressure,
        });

        Assert.Equal(fires, Fires(result, "AUDIT-003"));
        Assert.Equal(notAssessed, NotAssessed(result, "AUDIT-003"));
    }

    // AUDIT-004 with U. N = 110, C = 10 (so N − C = 100), B = 20, U = 30: corrected denominator 150.
    //   S = 9:  reported 9/100 = 0.09, corrected 9/150 = 0.06, uplift exactly 3.00 points → no.
    //   S = 10: 0.10 − 0.066667 = 3.33 points → fires.   S = 8: 0.08 − 0.053333 = 2.67 points → no.
    // Without U (B = 20 only, denominator 120) S = 9 gives 0.09 − 0.075 = 1.5 points: U is what makes it 3.
    [Theory]
    [InlineData(8, false, 2.67)]
    [InlineData(9, false, 3.0)]
    [InlineData(10, true, 3.33)]
    public void Audit004_counts_reports_that_should_have_been_recorded(int sanctions, bool fires, double uplift)
    {
        var result = Audit(new UnitTally("U")
        {
            RecordedCrimes = 110, Cancellations = 10, CancellationsOnFlaggedGrounds = 20, ShouldHaveBeenRecorded = 30, SanctionDetections = sanctions,
        });

        Assert.Equal(fires, Fires(result, "AUDIT-004"));
        if (fires)
        {
            var evidence = result.Findings.Single().Evidence;
            Assert.Equal(uplift, evidence["upliftPoints"]);
            Assert.Equal(30L, evidence["shouldHaveBeenRecorded"]);
            Assert.Equal(0.0667, evidence["correctedRate"]);
        }
    }

    // AUDIT-004 needs 20 recorded crimes: 19 → not assessed; 20 and 21 with 10 cancelled, all flagged,
    // and 5 sanctions: 5/10 − 5/20 = 25 points → fires (5/11 − 5/21 = 21.6 points for 21).
    [Theory]
    [InlineData(19, false)]
    [InlineData(20, true)]
    [InlineData(21, true)]
    public void Audit004_needs_twenty_recorded_crimes(int recorded, bool assessed)
    {
        var result = Audit(new UnitTally("U") { RecordedCrimes = recorded, Cancellations = 10, CancellationsOnFlaggedGrounds = 10, SanctionDetections = 5 });

        Assert.Equal(!assessed, NotAssessed(result, "AUDIT-004"));
        Assert.Equal(assessed, Fires(result, "AUDIT-004"));
    }

    // AUDIT-005: more than 10% of sexual-offence records. 10 of 100 → no; 11 → fires; 9 → no.
    // Minimum 10: 9 records all flagged → not assessed; 10 with 2 flagged (20%) → fires.
    [Theory]
    [InlineData(100, 9, false, false)]
    [InlineData(100, 10, false, false)]
    [InlineData(100, 11, true, false)]
    [InlineData(9, 9, false, true)]
    [InlineData(10, 2, true, false)]
    [InlineData(11, 2, true, false)]
    public void Audit005_fires_above_ten_percent(int records, int questionedFirst, bool fires, bool notAssessed)
    {
        var result = Audit(new UnitTally("U") { SexualOffenceRecords = records, SexualOffenceRecordsQuestionedFirst = questionedFirst });

        Assert.Equal(fires, Fires(result, "AUDIT-005"));
        Assert.Equal(notAssessed, NotAssessed(result, "AUDIT-005"));
    }
}
