using static Compliance.Analyzers.Tests.Verification.AnalyzerVerifier;

namespace Compliance.Analyzers.Tests.Rules;

public sealed class Cmp002PlaceholderJustificationTests
{
    [Theory]
    [InlineData("n/a")]
    [InlineData("TBC")]
    [InlineData("  none ")]
    [InlineData("See Above")]
    [InlineData("no reason")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("   ")]
    public Task Placeholder_literal_is_reported_on_the_literal(string text) =>
        VerifyAsync($$"""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    service.Reclassify(crime, "8N", {|#0:"{{text}}"|}, "PS 4411");
            }
            """,
            Diagnostic("CMP002").WithLocation(0).WithArguments(text, "reason"));

    [Theory]
    [InlineData("CCTV shows the victim leaving unharmed")]
    [InlineData("n/a - victim recanted, see CCTV ref 7")]
    [InlineData("Tbc2")]
    public Task Real_text_is_not_reported(string text) =>
        VerifyAsync($$"""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    service.Reclassify(crime, "8N", "{{text}}", "PS 4411");
            }
            """);

    [Fact]
    public Task Const_placeholders_are_reported_on_the_argument_that_receives_them() =>
        VerifyAsync("""
            using Host.Rms;
            static class Texts
            {
                public const string ToFollow = "TBD";
            }
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    const string Pending = "tbc";
                    service.Reclassify(crime, "8N", {|#0:Pending|}, "PS 4411");
                    service.Reclassify(crime, "8N", "Medical report", {|#1:Texts.ToFollow|});
                    service.AddNote(crime, {|#2:string.Empty|});
                }
            }
            """,
            Diagnostic("CMP002").WithLocation(0).WithArguments("tbc", "reason"),
            Diagnostic("CMP002").WithLocation(1).WithArguments("TBD", "authorisedBy"),
            Diagnostic("CMP002").WithLocation(2).WithArguments("", "text"));

    [Fact]
    public Task Local_constant_is_reported_at_every_argument_and_member_it_reaches_never_at_its_declaration() =>
        VerifyCSharp14Async("""
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime? crime)
                {
                    const string Pending = "see above";
                    const string Alias = Pending;
                    service.Reclassify(crime!, "8N", {|#0:Pending|}, {|#1:Alias|});
                    service.AddNote(crime!, {|#2:Pending|});
                    crime?.Justification = {|#3:Pending|};
                    var request = new CancelRequest { Reason = {|#4:Pending|}, Grounds = [AviKind.Cctv] };
                    service.Cancel(crime!, request);
                }
            }
            """,
            Diagnostic("CMP002").WithLocation(0).WithArguments("see above", "reason"),
            Diagnostic("CMP002").WithLocation(1).WithArguments("see above", "authorisedBy"),
            Diagnostic("CMP002").WithLocation(2).WithArguments("see above", "text"),
            Diagnostic("CMP002").WithLocation(3).WithArguments("see above", "Justification"),
            Diagnostic("CMP002").WithLocation(4).WithArguments("see above", "Reason"));

    [Fact]
    public Task Local_constant_with_real_text_is_not_reported() =>
        VerifyCSharp14Async("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    const string Reason = "Medical report shows injuries predate the incident";
                    service.Reclassify(crime, "8N", Reason, "PS 4411");
                }
            }
            """);

    [Fact]
    public Task Local_assigned_before_the_call_is_followed_to_its_literal_and_reported_once() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    var reason = {|#0:"none"|};
                    service.Reclassify(crime, "8N", reason, "PS 4411");
                    service.AddNote(crime, reason);
                }
            }
            """,
            Diagnostic("CMP002").WithLocation(0).WithArguments("none", "reason"));

    [Fact]
    public Task Reassigned_local_and_parameters_are_not_followed() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                static string Describe() => "Scene report";

                void Run(CrimeService service, Crime crime, string fromForm)
                {
                    var reason = "tbc";
                    reason = Describe();
                    service.Reclassify(crime, "8N", reason, fromForm);
                }
            }
            """);

    [Fact]
    public Task Object_initializers_property_assignments_and_with_expressions_are_checked() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime, CrimeRecord record, CancelRequest request)
                {
                    service.Cancel(crime, new CancelRequest { Reason = {|#0:"see above"|}, Grounds = [AviKind.Cctv] });
                    request.Reason = {|#1:"x"|};
                    _ = record with { Status = "CANCELLED", Grounds = [AviKind.Forensic], Justification = {|#2:"TODO"|} };
                }
            }
            """,
            Diagnostic("CMP002").WithLocation(0).WithArguments("see above", "Reason"),
            Diagnostic("CMP002").WithLocation(1).WithArguments("x", "Reason"),
            Diagnostic("CMP002").WithLocation(2).WithArguments("TODO", "Justification"));

    [Fact]
    public Task Placeholder_elements_of_an_array_justification_are_reported() =>
        VerifyAsync("""
            using Compliance.Rules.Annotations;
            using Host.Rms;
            class Evidence
            {
                [JustificationField] public string[] AviRefs { get; set; } = [];
            }
            class Workflow
            {
                Evidence Build() => new Evidence { AviRefs = ["AVI-1", {|#0:"tbc"|}] };
                Evidence Old() => new Evidence { AviRefs = new[] { {|#1:"n/a"|} } };
            }
            """,
            Diagnostic("CMP002").WithLocation(0).WithArguments("tbc", "AviRefs"),
            Diagnostic("CMP002").WithLocation(1).WithArguments("n/a", "AviRefs"));

    [Fact]
    public Task Placeholder_given_to_an_unmarked_parameter_is_not_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    service.Tag(crime, AviKind.Cctv, "n/a");
            }
            """);

    [Fact]
    public Task Null_is_missing_justification_not_placeholder_text() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    {|CMP001:service.Reclassify(crime, "8N", null, "PS 1")|};
                    service.AddNote(crime, null);
                }
            }
            """);

    [Fact]
    public Task Placeholder_in_a_lambda_is_reported() =>
        VerifyAsync("""
            using System;
            using Host.Rms;
            class Workflow
            {
                Action<Crime> Handler(CrimeService service) => c => service.AddNote(c, {|CMP002:"N/A"|});
            }
            """);

    [Fact]
    public Task Partial_classes_and_generic_hosts_are_checked() =>
        VerifyAsync("""
            using Compliance.Rules.Annotations;
            using Host.Rms;
            class Note<T>
            {
                [JustificationField] public T? Text { get; set; }
            }
            partial class Desk
            {
                void Run(CrimeService service, Crime crime) => service.AddNote(crime, {|CMP002:"tbc"|});
            }
            partial class Desk
            {
                Note<string> Build() => new Note<string> { Text = {|CMP002:"n/a"|} };
                Note<string> Fine() => new Note<string> { Text = "Scene photographs 1-12" };
            }
            """);
}
