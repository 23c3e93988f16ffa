using Microsoft.Extensions.Logging;

namespace Compliance.Rules.Hosting;

/// <summary>
/// Every log event of the package, source-generated. Arguments are ids, codes, hashes, counts and
/// JSON paths: no record's text ever reaches a log, not even through an exception message.
/// </summary>
internal static partial class ComplianceLog
{
    /// <summary>The category of the decision log (one event per checked proposal), so a host can route it to its own sink.</summary>
    public const string DecisionCategory = "Compliance.Rules.Decisions";

    [LoggerMessage(1, LogLevel.Information, "Rule pack {PackId} {PackVersion} loaded (sha256 {PackSha256}, source {PackSource}, policy {PolicySource}); rules compiled in {CompileMilliseconds} ms")]
    public static partial void PackLoaded(ILogger logger, string packId, string packVersion, string packSha256, string packSource, string? policySource, long compileMilliseconds);

    [LoggerMessage(2, LogLevel.Information, "Rule pack {PackId} {PackVersion} reloaded (sha256 {PackSha256}, was {PreviousSha256}); rules compiled in {CompileMilliseconds} ms")]
    public static partial void PackReloaded(ILogger logger, string packId, string packVersion, string packSha256, string previousSha256, long compileMilliseconds);

    [LoggerMessage(3, LogLevel.Error, "Reload refused: {ProblemCount} problem(s); rule pack {PackId} (sha256 {PackSha256}) keeps serving")]
    public static partial void ReloadFailed(ILogger logger, string packId, string packSha256, int problemCount);

    [LoggerMessage(4, LogLevel.Error, "Reload problem in {Source} line {Line} at {JsonPath}: {Problem}")]
    public static partial void ReloadProblem(ILogger logger, string source, string jsonPath, long? line, string problem);

    [LoggerMessage(5, LogLevel.Warning, "Rule {RuleId} could not be evaluated on record {CrimeRecordId}")]
    public static partial void RuleError(ILogger logger, string ruleId, string crimeRecordId);

    [LoggerMessage(6, LogLevel.Warning, "Proposal {DecisionId} for record {CrimeRecordId} blocked at {BlockAt}: introduces {IntroducedRules}")]
    public static partial void ProposalBlocked(ILogger logger, string decisionId, string crimeRecordId, string blockAt, string introducedRules);

    [LoggerMessage(7, LogLevel.Information, "Decision {DecisionId} on record {CrimeRecordId}: {Outcome} (pack sha256 {PackSha256}, as of {AsOf}, block at {BlockAt}, introduced {IntroducedRules})", EventName = "ComplianceDecision")]
    public static partial void Decision(ILogger logger, string decisionId, string crimeRecordId, string outcome, string packSha256, string asOf, string blockAt, string introducedRules);
}
