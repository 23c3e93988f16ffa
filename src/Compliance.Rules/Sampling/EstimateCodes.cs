namespace Compliance.Rules.Sampling;

/// <summary>The codes estimates carry in <c>flags</c> and <c>reason</c>.</summary>
public static class EstimateCodes
{
    /// <summary>A stratum had one reviewed item out of more: its variance was replaced by an upper bound.</summary>
    public const string VarianceBounded = "varianceBounded";

    /// <summary>A stratum with items has no reviewed item yet: a combined figure would silently drop it.</summary>
    public const string StratumNotReviewed = "STRATUM_NOT_REVIEWED";

    /// <summary>Every stratum of the group is empty.</summary>
    public const string EmptyPopulation = "EMPTY_POPULATION";

    /// <summary>The reviewed items hold no crime that should have been recorded (X̂ = 0).</summary>
    public const string NothingToRecord = "NOTHING_TO_RECORD";

    /// <summary>The rule fired on no reviewed item with a blind verdict on the field it is judged by.</summary>
    public const string RuleNeverFired = "RULE_NEVER_FIRED";

    /// <summary>Fewer than ten items were rated by two or more reviewers.</summary>
    public const string TooFewItems = "TOO_FEW_ITEMS";

    /// <summary>Every rating is the same value, so chance agreement is 1 and κ is undefined.</summary>
    public const string ChanceAgreementIsOne = "CHANCE_AGREEMENT_IS_ONE";
}
