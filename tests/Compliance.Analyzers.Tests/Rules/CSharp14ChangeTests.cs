using static Compliance.Analyzers.Tests.Verification.AnalyzerVerifier;

namespace Compliance.Analyzers.Tests.Rules;

/// <summary>
/// Changes written with C# 14 syntax: a null-conditional assignment (<c>crime?.Status = …</c>) is an
/// assignment of the marked member like any other, on the receiver that <c>?.</c> tested.
/// </summary>
public sealed class CSharp14ChangeTests
{
    [Fact]
    public Task Null_conditional_assignment_of_a_marked_property_without_its_siblings_is_reported_on_the_whole_assignment() =>
        VerifyCSharp14Async("""
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                void Cancel(Crime? crime)
                {
                    {|#0:crime?.Status = "CANCELLED"|};
                }

                void Downgrade(Crime? crime)
                {
                    crime?.ReasonCode = ReasonCode.RecordingError;
                    {|#1:crime?.Status = "8N"|};
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("Crime.Status", "'ReasonCode', 'Justification'"),
            Diagnostic("CMP001").WithLocation(1).WithArguments("Crime.Status", "'Justification'"));

    [Fact]
    public Task Siblings_set_through_null_conditional_or_plain_assignment_on_the_same_receiver_count() =>
        VerifyCSharp14Async("""
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                void Cancel(Crime? crime, string justification)
                {
                    crime?.Status = "CANCELLED";
                    crime?.ReasonCode = ReasonCode.RecordingError;
                    crime!.Justification = justification;
                }
            }
            """);

    [Fact]
    public Task Null_conditional_chain_is_keyed_by_its_member_path_and_reported_over_the_whole_chain() =>
        VerifyCSharp14Async("""
            #nullable enable
            using Host.Rms;
            class Case { public Crime? Crime { get; set; } }
            class Workflow
            {
                void Complete(Case? first, string justification)
                {
                    first?.Crime?.Status = "CANCELLED";
                    first?.Crime?.ReasonCode = ReasonCode.RecordingError;
                    first?.Crime?.Justification = justification;
                }

                void OtherReceiver(Case? first, Case? second)
                {
                    {|#0:first?.Crime?.Status = "CANCELLED"|};
                    second?.Crime?.ReasonCode = ReasonCode.RecordingError;
                    second?.Crime?.Justification = "Duplicate of 2024/0042";
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("Crime.Status", "'ReasonCode', 'Justification'"));

    [Fact]
    public Task Null_conditional_assignment_of_a_placeholder_or_null_justification_is_reported() =>
        VerifyCSharp14Async("""
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                void Cancel(Crime? crime)
                {
                    crime?.ReasonCode = ReasonCode.RecordingError;
                    crime?.Justification = {|#0:"n/a"|};
                    crime?.Status = "CANCELLED";
                }

                void Cleared(Crime? crime)
                {
                    crime?.ReasonCode = ReasonCode.RecordingError;
                    crime?.Justification = null;
                    {|#1:crime?.Status = "CANCELLED"|};
                }
            }
            """,
            Diagnostic("CMP002").WithLocation(0).WithArguments("n/a", "Justification"),
            Diagnostic("CMP001").WithLocation(1).WithArguments("Crime.Status", "'Justification'"));

    [Fact]
    public Task Request_completed_through_null_conditional_assignment_is_still_known_and_checked() =>
        VerifyCSharp14Async("""
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                void Complete(CrimeService service, Crime crime)
                {
                    var request = new CancelRequest { Grounds = [AviKind.Cctv] };
                    request?.Reason = "CCTV shows no offence took place";
                    service.Cancel(crime, request);
                }

                void Cleared(CrimeService service, Crime crime)
                {
                    var request = new CancelRequest { Reason = "CCTV shows no offence took place", Grounds = [AviKind.Cctv] };
                    request?.Reason = null;
                    {|#0:service.Cancel(crime, request)|};
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("CrimeService.Cancel", "'request.Reason'"));
}
