using Compliance.Analyzers.Tests.Verification;

namespace Compliance.Analyzers.Tests.CodeFixes;

/// <summary>
/// The fix adds <c>Member = default!</c>: CMP001 keeps reporting the change until a real value is
/// written, so the fixed code still carries the diagnostic (and no placeholder text that would pass).
/// </summary>
public sealed class AddMissingJustificationMembersCodeFixTests
{
    [Fact]
    public Task Adds_the_missing_member_to_a_one_line_initializer() =>
        CodeFixVerifier.VerifyAsync(
            """
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    {|CMP001:service.Cancel(crime, new CancelRequest { Reason = "Recorded twice" })|};
            }
            """,
            """
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    {|CMP001:service.Cancel(crime, new CancelRequest { Reason = "Recorded twice", Grounds = default! })|};
            }
            """);

    [Fact]
    public Task Creates_the_initializer_of_a_request_built_in_a_local() =>
        CodeFixVerifier.VerifyAsync(
            """
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    var request = new CancelRequest();
                    {|CMP001:service.Cancel(crime, request)|};
                }
            }
            """,
            """
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    var request = new CancelRequest() { Reason = default!, Grounds = default! };
                    {|CMP001:service.Cancel(crime, request)|};
                }
            }
            """);

    [Fact]
    public Task Keeps_a_multi_line_layout_with_and_without_trailing_comma() =>
        CodeFixVerifier.VerifyAsync(
            """
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    {|CMP001:service.Cancel(crime, new CancelRequest
                    {
                        Reason = "Recorded twice",
                    })|};
                    {|CMP001:service.Cancel(crime, new()
                    {
                        Grounds = [AviKind.Forensic]
                    })|};
                }
            }
            """,
            """
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    {|CMP001:service.Cancel(crime, new CancelRequest
                    {
                        Reason = "Recorded twice",
                        Grounds = default!,
                    })|};
                    {|CMP001:service.Cancel(crime, new()
                    {
                        Grounds = [AviKind.Forensic],
                        Reason = default!
                    })|};
                }
            }
            """,
            iterations: 2);

    [Fact]
    public Task Adds_required_siblings_to_an_object_initializer_and_a_with_expression() =>
        CodeFixVerifier.VerifyAsync(
            """
            using Host.Rms;
            class Workflow
            {
                Crime Cancel() => new Crime { {|CMP001:Status = "CANCELLED"|} };

                CrimeRecord Downgrade(CrimeRecord crime) => crime with { {|CMP001:Status = "8N"|}, Justification = "Medical report" };
            }
            """,
            """
            using Host.Rms;
            class Workflow
            {
                Crime Cancel() => new Crime { {|CMP001:Status = "CANCELLED"|}, ReasonCode = default!, Justification = default! };

                CrimeRecord Downgrade(CrimeRecord crime) => crime with { {|CMP001:Status = "8N"|}, Justification = "Medical report", Grounds = default! };
            }
            """,
            iterations: 2);

    [Fact]
    public Task Fix_all_fixes_every_creation_in_the_document() =>
        CodeFixVerifier.VerifyAsync(
            """
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime a, Crime b)
                {
                    {|CMP001:service.Cancel(a, new CancelRequest { Grounds = [AviKind.Cctv] })|};
                    {|CMP001:service.Cancel(b, new CancelRequest { })|};
                    {|CMP001:service.Cancel(b, new CancelRequest { Reason = "Recorded twice", })|};
                }
            }
            """,
            """
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime a, Crime b)
                {
                    {|CMP001:service.Cancel(a, new CancelRequest { Grounds = [AviKind.Cctv], Reason = default! })|};
                    {|CMP001:service.Cancel(b, new CancelRequest { Reason = default!, Grounds = default! })|};
                    {|CMP001:service.Cancel(b, new CancelRequest { Reason = "Recorded twice", Grounds = default!, })|};
                }
            }
            """,
            iterations: 3);

    [Fact]
    public Task Offers_no_fix_when_the_missing_value_is_a_parameter_or_already_written() =>
        CodeFixVerifier.VerifyAsync(
            """
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    {|CMP001:service.Reclassify(crime, "8N", null, "PS 1")|};
                    {|CMP001:service.Cancel(crime, new CancelRequest { Reason = null, Grounds = [AviKind.Cctv] })|};
                    {|CMP001:crime.Status = "CANCELLED"|};
                }
            }
            """,
            """
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    {|CMP001:service.Reclassify(crime, "8N", null, "PS 1")|};
                    {|CMP001:service.Cancel(crime, new CancelRequest { Reason = null, Grounds = [AviKind.Cctv] })|};
                    {|CMP001:crime.Status = "CANCELLED"|};
                }
            }
            """,
            iterations: 0);
}
