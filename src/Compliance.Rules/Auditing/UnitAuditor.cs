using System.Globalization;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing;

/// <summary>
/// Runs the unit audits (AUDIT-001…006) over accumulated unit tallies. The logic is
/// built in; the pack gives each rule's metadata, severity, enablement and thresholds, so a policy
/// tunes them like any other rule. Pure: same tallies and pack, same results.
/// </summary>
public static class UnitAuditor
{
    /// <summary>Audits every unit of an accumulator.</summary>
    /// <param name="accumulator">The tallies.</param>
    /// <param name="pack">The pack (rules and parameters).</param>
    /// <returns>One result per unit, ordered by unit id.</returns>
    public static IReadOnlyList<UnitAuditResult> Run(AuditAccumulator accumulator, RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(accumulator);
        return Run(accumulator.Units, pack);
    }

    /// <summary>Audits a set of unit tallies (one per unit; each unit is compared with the others).</summary>
    /// <param name="tallies">The tallies, one per unit.</param>
    /// <param name="pack">The pack (rules and parameters).</param>
    /// <returns>One result per unit, ordered by unit id.</returns>
    public static IReadOnlyList<UnitAuditResult> Run(IEnumerable<UnitTally> tallies, RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(pack);
        var parameters = AuditParameters.From(pack);
        var units = tallies.OrderBy(u => u.UnitId, StringComparer.Ordinal).ToArray();
        var byId = units.ToDictionary(u => u.UnitId, StringComparer.Ordinal);
        var rules = pack.Rules.Where(r => r.Scope == RuleScope.Unit && r.Enabled).ToArray();

        return units.Select(unit =>
        {
            var findings = new List<Finding>();
            var notAssessed = new List<NotAssessed>();
            var peers = PeerGroup.Choose(unit, units);
            var peerTallies = peers.UnitIds.Select(id => byId[id]).ToArray();
            foreach (var rule in rules)
            {
                var verdict = rule.Id switch
                {
                    "AUDIT-001" => Audit001(unit, parameters),
                    "AUDIT-002" => Audit002(unit, parameters, Baseline.Of(peers, peerTallies, t => (t.RapeRecordsCancelled, t.RapeRecords), parameters.RapeCancellationBenchmark)),
                    "AUDIT-003" => Audit003(unit, parameters),
                    "AUDIT-004" => Audit004(unit, parameters),
                    "AUDIT-005" => Audit005(unit, parameters),
                    "AUDIT-006" => Audit006(unit, parameters, Baseline.Of(peers, peerTallies, t => (t.RapeReportsEndedOutsideCount, t.RapeReports), parameters.RapeAttritionBenchmark)),
                    _ => Verdict.NotAssessed($"no built-in logic for unit rule {rule.Id}"),
                };

                if (verdict.Reason is { } reason)
                {
                    notAssessed.Add(new NotAssessed(rule.Id, reason));
                }
                else if (verdict.Fires)
                {
                    var evidence = new OrderedEvidence([.. verdict.Evidence.Select(e => e.Name)], [.. verdict.Evidence.Select(e => e.Value)]);
                    findings.Add(new Finding(rule.Id, rule.Severity, EvidenceFormatter.FillMessage(rule.Message, evidence), rule.Citation, evidence));
                }
            }

            return new UnitAuditResult(unit.UnitId, Metrics(unit), findings, notAssessed);
        }).ToArray();
    }

    /// <summary>The figures reported for a unit, in a fixed order.</summary>
    /// <param name="unit">The tally.</param>
    /// <returns>Name → value (counts as integers, rates as fractions rounded to 4 places; null when undefined).</returns>
    public static IReadOnlyDictionary<string, object?> Metrics(UnitTally unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var reported = Rate(unit.SanctionDetections, unit.RecordedCrimes - unit.Cancellations);
        var corrected = Rate(unit.SanctionDetections, unit.RecordedCrimes - unit.Cancellations + unit.CancellationsOnFlaggedGrounds + unit.ShouldHaveBeenRecorded);
        (string, object?)[] metrics =
        [
            ("records", unit.Records),
            ("recordsWithHighOrCritical", unit.RecordsWithHighOrCritical),
            ("shareWithoutHighOrCritical", Rate(unit.Records - unit.RecordsWithHighOrCritical, unit.Records)),
            ("rapeRecords", unit.RapeRecords),
            ("rapeRecordsCancelled", unit.RapeRecordsCancelled),
            ("rapeCancellationRate", Rate(unit.RapeRecordsCancelled, unit.RapeRecords)),
            ("cancellations", unit.Cancellations),
            ("cancellationsWithRetractionGrounds", unit.CancellationsWithRetractionGrounds),
            ("retractionStatements", unit.RetractionStatements),
            ("retractionStatementsUnderPressure", unit.RetractionStatementsUnderPressure),
            ("recordedCrimes", unit.RecordedCrimes),
            ("sanctionDetections", unit.SanctionDetections),
            ("cancellationsOnFlaggedGrounds", unit.CancellationsOnFlaggedGrounds),
            ("shouldHaveBeenRecorded", unit.ShouldHaveBeenRecorded),
            ("reportedDetectionRate", reported),
            ("correctedDetectionRate", corrected),
            ("sexualOffenceRecords", unit.SexualOffenceRecords),
            ("sexualOffenceRecordsQuestionedFirst", unit.SexualOffenceRecordsQuestionedFirst),
            ("rapeReports", unit.RapeReports),
            ("rapeReportsEndedOutsideCount", unit.RapeReportsEndedOutsideCount),
            ("rapeAttritionRate", Rate(unit.RapeReportsEndedOutsideCount, unit.RapeReports)),
            ("findingsCritical", unit.FindingsBySeverity[(int)Severity.Critical]),
            ("findingsHigh", unit.FindingsBySeverity[(int)Severity.High]),
            ("findingsMedium", unit.FindingsBySeverity[(int)Severity.Medium]),
            ("findingsLow", unit.FindingsBySeverity[(int)Severity.Low]),
        ];
        return new OrderedEvidence([.. metrics.Select(m => m.Item1)], [.. metrics.Select(m => m.Item2)]);
    }

    private static Verdict Audit001(UnitTally unit, AuditParameters p)
    {
        if (unit.Records < p.Audit001MinRecords)
        {
            return TooFew(unit.Records, "records", p.Audit001MinRecords);
        }

        var clean = unit.Records - unit.RecordsWithHighOrCritical;
        var (low, high) = Proportions.WilsonInterval(clean, unit.Records, p.Confidence);
        return new Verdict(high < p.Audit001ComplianceTarget,
        [
            ("records", unit.Records), ("recordsWithoutHighOrCritical", clean), ("share", Round(clean / (double)unit.Records)),
            ("intervalLow", Round(low)), ("intervalHigh", Round(high)), ("target", p.Audit001ComplianceTarget),
        ]);
    }

    private static Verdict Audit002(UnitTally unit, AuditParameters p, Baseline? baseline)
    {
        if (unit.RapeRecords < p.Audit002MinRapeRecords)
        {
            return TooFew(unit.RapeRecords, "rape records", p.Audit002MinRapeRecords);
        }

        if (baseline is null)
        {
            return Verdict.NotAssessed("no baseline: no other unit has rape records and the policy sets no rapeCancellationBenchmark");
        }

        var (fires, evidence) = Excess(unit.RapeRecordsCancelled, unit.RapeRecords, baseline, p.Audit002RateMultiple, p.Audit002MaxPValue, p.Confidence);
        return new Verdict(fires, [("rapeRecords", unit.RapeRecords), ("cancelled", unit.RapeRecordsCancelled), .. evidence]);
    }

    private static Verdict Audit006(UnitTally unit, AuditParameters p, Baseline? baseline)
    {
        if (unit.RapeReports < p.Audit006MinRapeReports)
        {
            return TooFew(unit.RapeReports, "rape reports", p.Audit006MinRapeReports);
        }

        if (baseline is null)
        {
            return Verdict.NotAssessed("no baseline: no other unit has rape reports and the policy sets no rapeAttritionBenchmark");
        }

        var (fires, evidence) = Excess(unit.RapeReportsEndedOutsideCount, unit.RapeReports, baseline, p.Audit006RateMultiple, p.Audit006MaxPValue, p.Confidence);
        return new Verdict(fires, [("rapeReports", unit.RapeReports), ("endedOutsideCount", unit.RapeReportsEndedOutsideCount), .. evidence]);
    }

    // Both rate audits ask the same question: is k of n more than `multiple` times the baseline,
    // and too many to be chance (one-sided exact binomial p below `maxP`)? Compared unrounded.
    private static (bool Fires, (string, object?)[] Evidence) Excess(long k, long n, Baseline baseline, double multiple, double maxP, double confidence)
    {
        var rate = k / (double)n;
        var pValue = Proportions.UpperTailPValue(k, n, baseline.Rate);
        var (low, high) = Proportions.WilsonInterval(k, n, confidence);
        return (rate > multiple * baseline.Rate && pValue < maxP,
        [
            ("rate", Round(rate)), ("baseline", Round(baseline.Rate)), ("baselineSource", baseline.Source),
            ("baselineEvents", baseline.Part), ("baselineTotal", baseline.Whole),
            ("ratio", baseline.Rate > 0 ? Round(rate / baseline.Rate) : null),
            ("pValue", Significant(pValue)), ("intervalLow", Round(low)), ("intervalHigh", Round(high)),
        ]);
    }

    private static Verdict Audit003(UnitTally unit, AuditParameters p)
    {
        var cancellationsAssessed = unit.Cancellations >= p.Audit003MinCancellations;
        var statementsAssessed = unit.RetractionStatements >= p.Audit003MinRetractionStatements;
        if (!cancellationsAssessed && !statementsAssessed)
        {
            return Verdict.NotAssessed(
                $"{unit.Cancellations} cancellations (at least {p.Audit003MinCancellations} needed) and {unit.RetractionStatements} retraction statements (at least {p.Audit003MinRetractionStatements} needed)");
        }

        // Compared unrounded: 201 of 2 009 (10.005%) is above 10% even though it displays as 0.1.
        var fires = (cancellationsAssessed && unit.CancellationsWithRetractionGrounds / (double)unit.Cancellations > p.Audit003RetractionGroundsShare)
            || (statementsAssessed && unit.RetractionStatementsUnderPressure / (double)unit.RetractionStatements > p.Audit003PressureShare);
        var groundsShare = Rate(unit.CancellationsWithRetractionGrounds, unit.Cancellations);
        var pressureShare = Rate(unit.RetractionStatementsUnderPressure, unit.RetractionStatements);
        return new Verdict(fires,
        [
            ("cancellations", unit.Cancellations), ("cancellationsWithRetractionGrounds", unit.CancellationsWithRetractionGrounds),
            ("retractionGroundsShare", groundsShare), ("retractionStatements", unit.RetractionStatements),
            ("statementsUnderPressure", unit.RetractionStatementsUnderPressure), ("pressureShare", pressureShare),
        ]);
    }

    private static Verdict Audit004(UnitTally unit, AuditParameters p)
    {
        if (unit.RecordedCrimes < p.Audit004MinRecordedCrimes)
        {
            return TooFew(unit.RecordedCrimes, "records recorded as crimes", p.Audit004MinRecordedCrimes);
        }

        var stillCounted = unit.RecordedCrimes - unit.Cancellations;
        if (stillCounted <= 0)
        {
            return Verdict.NotAssessed("every recorded crime of the unit was cancelled: no detection rate");
        }

        var reported = unit.SanctionDetections / (double)stillCounted;
        var corrected = unit.SanctionDetections / (double)(stillCounted + unit.CancellationsOnFlaggedGrounds + unit.ShouldHaveBeenRecorded);
        var uplift = (reported - corrected) * 100;
        return new Verdict(uplift > p.Audit004MaxUpliftPoints,
        [
            ("recordedCrimes", unit.RecordedCrimes), ("cancelled", unit.Cancellations), ("flaggedCancellations", unit.CancellationsOnFlaggedGrounds),
            ("shouldHaveBeenRecorded", unit.ShouldHaveBeenRecorded),
            ("sanctionDetections", unit.SanctionDetections), ("reportedRate", Round(reported)), ("correctedRate", Round(corrected)),
            ("upliftPoints", Math.Round(uplift, 2)),
        ]);
    }

    private static Verdict Audit005(UnitTally unit, AuditParameters p)
    {
        if (unit.SexualOffenceRecords < p.Audit005MinSexualOffenceRecords)
        {
            return TooFew(unit.SexualOffenceRecords, "sexual-offence records", p.Audit005MinSexualOffenceRecords);
        }

        var share = unit.SexualOffenceRecordsQuestionedFirst / (double)unit.SexualOffenceRecords;
        var (low, high) = Proportions.WilsonInterval(unit.SexualOffenceRecordsQuestionedFirst, unit.SexualOffenceRecords, p.Confidence);
        return new Verdict(share > p.Audit005QuestionedFirstShare,
        [
            ("sexualOffenceRecords", unit.SexualOffenceRecords), ("questionedFirst", unit.SexualOffenceRecordsQuestionedFirst),
            ("share", Round(share)), ("intervalLow", Round(low)), ("intervalHigh", Round(high)),
        ]);
    }

    private static Verdict TooFew(long have, string what, int need) =>
        Verdict.NotAssessed($"{have} {what}; at least {need} are needed");

    private static double? Rate(long part, long whole) => whole > 0 ? Round(part / (double)whole) : null;

    private static double Round(double value) => Math.Round(value, 4);

    private static double Significant(double value) =>
        value == 0 ? 0 : double.Parse(value.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private sealed record Verdict(bool Fires, (string Name, object? Value)[] Evidence, string? Reason = null)
    {
        public static Verdict NotAssessed(string reason) => new(false, [], reason);
    }
}
