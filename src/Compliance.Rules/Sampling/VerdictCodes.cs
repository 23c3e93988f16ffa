namespace Compliance.Rules.Sampling;

/// <summary>The closed lists of codes a verdict uses.</summary>
public static class VerdictCodes
{
    /// <summary>Why a decision was wrong.</summary>
    public static readonly IReadOnlyList<string> ErrorReasons =
        ["NO_AVI", "RETRACTION_ONLY", "CONSENT_MISINTERPRETED", "INTOXICATION", "OPINION_NOT_FACT", "WRONG_CODE", "LATE", "NOT_RECORDED", "OTHER"];

    /// <summary>What was done about a wrong decision.</summary>
    public static readonly IReadOnlyList<string> RemedialActions = ["REINSTATED", "RECLASSIFIED", "RECORDED", "NONE"];

    /// <summary>The remedial action that means nothing was done.</summary>
    public const string NoRemedy = "NONE";
}
