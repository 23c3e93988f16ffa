namespace Compliance.Rules.Sampling;

/// <summary>The estimates of one audit round: per stratum, combined, recording, rules against verdicts, agreement and remedy.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Adjudicator">Whose verdict is final.</param>
/// <param name="Blind">Whether the worksheet hid the tool's findings.</param>
/// <param name="NotYetReviewed">Drawn items without a verdict.</param>
/// <param name="Strata">Per stratum.</param>
/// <param name="Combined">Per group of strata.</param>
/// <param name="Recording">Recording rate and accuracy over incident strata; null without any.</param>
/// <param name="Rules">Each rule against the verdicts.</param>
/// <param name="Agreement">Agreement between reviewers; null when no item was rated twice.</param>
/// <param name="Remedy">Incorrect items and how many were remedied.</param>
public sealed record EstimateReport(
    string PlanId,
    string Adjudicator,
    bool Blind,
    long NotYetReviewed,
    IReadOnlyList<StratumEstimate> Strata,
    IReadOnlyList<GroupEstimate> Combined,
    RecordingEstimate? Recording,
    IReadOnlyList<RuleScore> Rules,
    AgreementResult? Agreement,
    RemedyCount Remedy);

/// <summary>One stratum's figures.</summary>
/// <param name="Id">Stratum id.</param>
/// <param name="Population">Records or incidents.</param>
/// <param name="N">Items in the frame.</param>
/// <param name="SampleSize">Items drawn.</param>
/// <param name="Reviewed">Items with a verdict.</param>
/// <param name="Incorrect">Items judged incorrect.</param>
/// <param name="ErrorRate">incorrect / reviewed (null before any review).</param>
/// <param name="Low">Wilson lower bound.</param>
/// <param name="High">Wilson upper bound.</param>
/// <param name="RecordingRate">Incident strata: Σ recorded / Σ should.</param>
public sealed record StratumEstimate(string Id, StratumPopulation Population, long N, long SampleSize, long Reviewed, long Incorrect, double? ErrorRate, double? Low, double? High, double? RecordingRate);

/// <summary>A combined error rate.</summary>
/// <param name="Id">Group id.</param>
/// <param name="Strata">Its strata.</param>
/// <param name="Estimate">The estimate.</param>
public sealed record GroupEstimate(string Id, IReadOnlyList<string> Strata, IntervalEstimate Estimate);

/// <summary>Recording over incident strata.</summary>
/// <param name="Rate">Recording rate (recorded / should).</param>
/// <param name="Accuracy">Recording accuracy (correctly recorded / should).</param>
/// <param name="UnrecordedPerYear">A·(1/R̂ − 1), with <c>--annual-recorded</c>.</param>
/// <param name="UnrecordedLow">A·(1/high − 1).</param>
/// <param name="UnrecordedHigh">A·(1/low − 1); null when low is 0.</param>
public sealed record RecordingEstimate(IntervalEstimate Rate, IntervalEstimate Accuracy, double? UnrecordedPerYear, double? UnrecordedLow, double? UnrecordedHigh);

/// <summary>One rule against blind verdicts.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="JudgedBy">The verdict field it is judged by; null when not scored.</param>
/// <param name="Fired">Scored items it fired on.</param>
/// <param name="FiredConfirmed">Of those, confirmed by the verdict.</param>
/// <param name="Precision">Precision weighted by the sample design.</param>
/// <param name="PrecisionInSample">Unweighted precision in the sample, with its Wilson interval.</param>
/// <param name="RecallInSample">Unweighted recall in the sample (confirmed problems the rule found), with its Wilson interval.</param>
public sealed record RuleScore(string RuleId, string? JudgedBy, long Fired, long FiredConfirmed, IntervalEstimate? Precision, IntervalEstimate? PrecisionInSample, IntervalEstimate? RecallInSample);

/// <summary>Remedy of incorrect decisions.</summary>
/// <param name="Incorrect">Reviewed items judged incorrect.</param>
/// <param name="Remedied">Of those, with a remedial action other than NONE.</param>
public sealed record RemedyCount(long Incorrect, long Remedied);
