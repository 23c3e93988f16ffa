using Compliance.Rules.Records;

namespace Compliance.Rules.Facts;

/// <summary>What a counting-rules edition (HOCR-2008, HOCR-2015, HOCR-2019 …) sets for the rules.</summary>
/// <param name="Id">Edition id, e.g. <c>HOCR-2015</c>.</param>
/// <param name="From">First day (Europe/London) of reports the edition applies to when a record names none.</param>
/// <param name="RecordingLimitHours">Hours allowed between report and recording decision.</param>
/// <param name="CancellationCodes">Cancellation codes valid in the edition.</param>
/// <param name="MaxOutcomeType">Highest valid outcome type (types 0 to this are valid).</param>
public sealed record EditionRules(
    string Id,
    DateOnly From,
    int RecordingLimitHours,
    IReadOnlyList<CancellationCode> CancellationCodes,
    int MaxOutcomeType);
