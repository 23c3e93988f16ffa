namespace Compliance.Analyzers.Tests.Verification;

/// <summary>
/// Source files every test compilation gets: the host's own copies of the marking attributes (the
/// analyzer matches them by full name, so no reference to Compliance.Rules is needed) and a small
/// records-management model that uses them.
/// </summary>
internal static class HostSources
{
    public const string Annotations = """
        namespace Compliance.Rules.Annotations
        {
            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Constructor | System.AttributeTargets.Property | System.AttributeTargets.Field)]
            internal sealed class ReclassifiesRecordAttribute : System.Attribute
            {
                public ReclassifiesRecordAttribute(params string[] requiredMembers) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Parameter | System.AttributeTargets.Property | System.AttributeTargets.Field)]
            internal sealed class JustificationFieldAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Field)]
            internal sealed class InsufficientGroundsAttribute : System.Attribute { }
        }
        """;

    public const string Model = """
        #nullable enable
        using System.Collections.Generic;
        using Compliance.Rules.Annotations;

        namespace Host.Rms
        {
            public enum AviKind
            {
                Cctv,
                Forensic,
                [InsufficientGrounds] VictimRetraction,
                [InsufficientGrounds] VictimWithdrawalOfSupport,
            }

            public enum ReasonCode { NewEvidence, RecordingError }

            public static class AviCodes
            {
                [InsufficientGrounds] public const string Retraction = "VICTIM_RETRACTION";
                public const string Cctv = "CCTV";
            }

            public sealed class Crime
            {
                [ReclassifiesRecord(nameof(ReasonCode), nameof(Justification))]
                public string Status { get; set; } = "RECORDED";

                public ReasonCode? ReasonCode { get; set; }

                [JustificationField]
                public string? Justification { get; set; }
            }

            public sealed record CrimeRecord
            {
                [ReclassifiesRecord(nameof(Grounds), nameof(Justification))]
                public string Status { get; init; } = "RECORDED";

                [JustificationField]
                public IReadOnlyList<AviKind>? Grounds { get; init; }

                [JustificationField]
                public string? Justification { get; init; }
            }

            public sealed class CancelRequest
            {
                [JustificationField]
                public string? Reason { get; set; }

                [JustificationField]
                public AviKind[]? Grounds { get; set; }
            }

            public class CrimeService
            {
                [ReclassifiesRecord]
                public void Cancel(Crime crime, CancelRequest? request) { }

                [ReclassifiesRecord]
                public void Reclassify(Crime crime, string newCode, [JustificationField] string? reason, [JustificationField] string? authorisedBy = null) { }

                [ReclassifiesRecord]
                public void CancelFor(Crime crime, [JustificationField] params AviKind[] grounds) { }

                [ReclassifiesRecord]
                public void CancelWithCode(Crime crime, [JustificationField] string aviCode) { }

                public void AddNote(Crime crime, [JustificationField] string? text) { }

                public void Tag(Crime crime, AviKind kind, string? note) { }
            }
        }
        """;
}
