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
