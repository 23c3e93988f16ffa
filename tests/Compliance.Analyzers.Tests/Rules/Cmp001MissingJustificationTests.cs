using Compliance.Analyzers.Tests.Verification;
using static Compliance.Analyzers.Tests.Verification.AnalyzerVerifier;

namespace Compliance.Analyzers.Tests.Rules;

public sealed class Cmp001MissingJustificationTests
{
    [Fact]
    public Task Null_justification_argument_is_reported_on_the_call_naming_every_missing_value() =>
        VerifyAsync("""
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) => {|#0:service.Reclassify(crime, "8N", null)|};
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("CrimeService.Reclassify", "'reason', 'authorisedBy'"));

    [Fact]
    public Task Optional_justification_parameter_left_to_its_default_is_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) => {|#0:service.Reclassify(crime, "8N", "CCTV shows the assault")|};
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("CrimeService.Reclassify", "'authorisedBy'"));

    [Fact]
    public Task Default_literals_are_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) => {|CMP001:service.Reclassify(crime, "8N", default, default(string))|};
            }
            """);

    [Fact]
    public Task Every_justification_value_given_is_not_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    service.Reclassify(crime, "8N", "CCTV shows the assault", authorisedBy: "PS 4411");
            }
            """);

    [Fact]
    public Task Values_passed_through_parameters_have_unknown_provenance_and_are_not_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime, string? reason, string? authoriser, CancelRequest request)
                {
                    service.Reclassify(crime, "8N", reason, authoriser);
                    service.Cancel(crime, request);
                }
            }
            """);

    [Fact]
    public Task Object_initializer_without_every_justification_member_is_reported_on_the_call() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    {|#0:service.Cancel(crime, new CancelRequest { Reason = "Crime recorded twice" })|};
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("CrimeService.Cancel", "'request.Grounds'"));

    [Fact]
    public Task Object_initializer_setting_a_justification_member_to_null_is_reported() =>
        VerifyAsync("""
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    {|#0:service.Cancel(crime, new CancelRequest { Reason = null!, Grounds = [AviKind.Cctv] })|};
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("CrimeService.Cancel", "'request.Reason'"));

    [Fact]
    public Task Complete_object_initializer_is_not_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    service.Cancel(crime, new() { Reason = "CCTV shows no offence", Grounds = [AviKind.Cctv] });
            }
            """);

    [Fact]
    public Task Request_built_in_a_local_before_the_call_is_reported_on_the_call() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    var request = new CancelRequest();
                    request.Reason = "Transferred to another force";
                    {|#0:service.Cancel(crime, request)|};
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("CrimeService.Cancel", "'request.Grounds'"));

    [Fact]
    public Task Request_completed_on_later_lines_is_not_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    var request = new CancelRequest { Reason = "Transferred to another force" };
                    request.Grounds = new[] { AviKind.Forensic };
                    service.Cancel(crime, request);
                }
            }
            """);

    [Fact]
    public Task Request_local_passed_elsewhere_or_reassigned_has_unknown_provenance() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                static void Fill(CancelRequest request) { }
                static CancelRequest Load() => new CancelRequest();

                void Run(CrimeService service, Crime crime)
                {
                    var filled = new CancelRequest();
                    Fill(filled);
                    service.Cancel(crime, filled);

                    var loaded = new CancelRequest();
                    loaded = Load();
                    service.Cancel(crime, loaded);
                }
            }
            """);

    [Fact]
    public Task Null_or_omitted_request_object_is_reported() =>
        VerifyAsync("""
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    {|#0:service.Cancel(crime, null)|};
                    CancelRequest? none = default;
                    {|#1:service.Cancel(crime, none)|};
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("CrimeService.Cancel", "'request'"),
            Diagnostic("CMP001").WithLocation(1).WithArguments("CrimeService.Cancel", "'request'"));

    [Fact]
    public Task Empty_params_justification_is_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    {|CMP001:service.CancelFor(crime)|};
                    service.CancelFor(crime, AviKind.Cctv, AviKind.Forensic);
                }
            }
            """);

    [Fact]
    public Task Request_created_with_constructor_arguments_is_not_reported_for_members_the_constructor_may_set() =>
        VerifyAsync("""
            using Compliance.Rules.Annotations;
            using Host.Rms;
            class FormRequest
            {
                public FormRequest(string form) { Reason = form; Evidence = form; }
                [JustificationField] public string? Reason { get; set; }
                [JustificationField] public string? Evidence { get; set; }
            }
            class FormService
            {
                [ReclassifiesRecord] public void Submit(Crime crime, FormRequest request) { }
            }
            class Workflow
            {
                void Run(FormService service, Crime crime, string form) => service.Submit(crime, new FormRequest(form));
            }
            """);

    [Fact]
    public Task Record_primary_constructor_supplies_the_members_it_names() =>
        VerifyAsync("""
            using Compliance.Rules.Annotations;
            using Host.Rms;
            record Downgrade([property: JustificationField] string? Reason, [property: JustificationField] string? Authoriser);
            class DowngradeService
            {
                [ReclassifiesRecord] public void Apply(Crime crime, Downgrade downgrade) { }
            }
            class Workflow
            {
                void Run(DowngradeService service, Crime crime)
                {
                    service.Apply(crime, new Downgrade("Medical evidence", "DI 204"));
                    {|#0:service.Apply(crime, new Downgrade("Medical evidence", null))|};
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("DowngradeService.Apply", "'downgrade.Authoriser'"));

    [Fact]
    public Task Marked_constructor_is_a_change_too() =>
        VerifyAsync("""
            #nullable enable
            using Compliance.Rules.Annotations;
            using Host.Rms;
            class Reclassification
            {
                [ReclassifiesRecord]
                public Reclassification(Crime crime, string newCode, [JustificationField] string? reason) { }
            }
            class Workflow
            {
                object Ok(Crime crime) => new Reclassification(crime, "8N", "Injury worse than first thought");
                object Bad(Crime crime) => {|#0:new Reclassification(crime, "8N", null)|};
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("new Reclassification", "'reason'"));

    [Fact]
    public Task Property_assigned_without_its_required_siblings_is_reported_on_the_assignment() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Cancel(Crime crime)
                {
                    {|#0:crime.Status = "CANCELLED"|};
                }

                void Downgrade(Crime crime)
                {
                    crime.ReasonCode = ReasonCode.RecordingError;
                    {|#1:crime.Status = "8N"|};
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("Crime.Status", "'ReasonCode', 'Justification'"),
            Diagnostic("CMP001").WithLocation(1).WithArguments("Crime.Status", "'Justification'"));

    [Fact]
    public Task Property_assigned_with_its_siblings_in_the_same_body_is_not_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Cancel(Crime crime, string justification)
                {
                    crime.Status = "CANCELLED";
                    crime.ReasonCode = ReasonCode.RecordingError;
                    crime.Justification = justification;
                }
            }
            """);

    [Fact]
    public Task Siblings_on_another_receiver_do_not_count() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Cancel(Crime first, Crime second)
                {
                    {|CMP001:first.Status = "CANCELLED"|};
                    second.ReasonCode = ReasonCode.RecordingError;
                    second.Justification = "Duplicate of 2024/0042";
                }
            }
            """);

    [Fact]
    public Task Sibling_set_to_null_counts_as_missing() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Cancel(Crime crime)
                {
                    crime.ReasonCode = ReasonCode.RecordingError;
                    crime.Justification = null;
                    {|#0:crime.Status = "CANCELLED"|};
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("Crime.Status", "'Justification'"));

    [Fact]
    public Task Object_initializer_assignment_is_checked_and_later_assignments_to_the_local_count() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                Crime Partial() => new Crime { {|#0:Status = "CANCELLED"|}, ReasonCode = ReasonCode.RecordingError };

                Crime CompletedLater()
                {
                    var crime = new Crime { Status = "CANCELLED" };
                    crime.ReasonCode = ReasonCode.RecordingError;
                    crime.Justification = "Duplicate of 2024/0042";
                    return crime;
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("Crime.Status", "'Justification'"));

    [Fact]
    public Task With_expression_on_a_record_is_checked() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                CrimeRecord Bad(CrimeRecord crime) => crime with { {|#0:Status = "CANCELLED"|} };

                CrimeRecord Good(CrimeRecord crime) =>
                    crime with { Status = "CANCELLED", Grounds = [AviKind.Forensic], Justification = "Forensic report 77" };
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("CrimeRecord.Status", "'Grounds', 'Justification'"));

    [Fact]
    public Task Own_members_assigned_through_this_count_as_siblings() =>
        VerifyAsync("""
            using Compliance.Rules.Annotations;
            class Case
            {
                [ReclassifiesRecord(nameof(Reason))] public string Status { get; set; } = "";
                [JustificationField] public string? Reason { get; set; }

                public void Close(string reason) { Reason = reason; Status = "CLOSED"; }
                public void Reopen() { {|CMP001:this.Status = "OPEN"|}; }
            }
            """);

    [Fact]
    public Task Changes_inside_lambdas_and_async_methods_are_reported() =>
        VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Host.Rms;
            class Workflow
            {
                Action Later(CrimeService service, Crime crime) => () => {|CMP001:service.Reclassify(crime, "8N", null, "PS 1")|};

                Func<Crime, Task> Handler(CrimeService service) => async c =>
                {
                    await Task.Yield();
                    {|CMP001:service.Cancel(c, new CancelRequest { Grounds = [AviKind.Cctv] })|};
                };

                async Task RunAsync(CrimeService service, Crime crime)
                {
                    await Task.Delay(1);
                    {|CMP001:crime.Status = "CANCELLED"|};
                    service.Reclassify(crime, "8N", "Medical report", "PS 1");
                }
            }
            """);

    [Fact]
    public Task Partial_classes_and_partial_methods_carry_their_marks_across_parts() =>
        VerifyAsync("""
            #nullable enable
            using Compliance.Rules.Annotations;
            using Host.Rms;
            partial class Registry
            {
                [ReclassifiesRecord]
                public partial void Downgrade(Crime crime, [JustificationField] string? reason);
            }
            partial class Registry
            {
                public partial void Downgrade(Crime crime, string? reason) { }
                void Run(Crime crime) => {|CMP001:Downgrade(crime, null)|};
                void Fine(Crime crime) => Downgrade(crime, "Scene examination");
            }
            """);

    [Fact]
    public Task Generic_hosts_are_matched_through_their_definitions() =>
        VerifyAsync("""
            #nullable enable
            using Compliance.Rules.Annotations;
            using Host.Rms;
            class Workflow<TRecord>
            {
                [ReclassifiesRecord]
                public void Close(TRecord record, [JustificationField] string? reason) { }

                [ReclassifiesRecord]
                public void Submit<TRequest>(TRecord record, Request<TRequest> request) { }
            }
            class Request<T>
            {
                [JustificationField] public T? Evidence { get; set; }
                [JustificationField] public string? Reason { get; set; }
            }
            class Caller
            {
                void Run(Workflow<Crime> flow, Crime crime)
                {
                    {|#0:flow.Close(crime, null)|};
                    {|#1:flow.Submit(crime, new Request<int> { Reason = "Scene report" })|};
                    flow.Submit(crime, new Request<string> { Reason = "Scene report", Evidence = "Photo 3" });
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("Workflow.Close", "'reason'"),
            Diagnostic("CMP001").WithLocation(1).WithArguments("Workflow.Submit", "'request.Evidence'"));

    [Fact]
    public Task Marks_on_an_interface_or_base_member_apply_to_implementations_and_overrides() =>
        VerifyAsync("""
            #nullable enable
            using Compliance.Rules.Annotations;
            using Host.Rms;
            interface ICrimeStore
            {
                [ReclassifiesRecord] void Cancel(Crime crime, [JustificationField] string? reason);
            }
            class SqlCrimeStore : ICrimeStore
            {
                public void Cancel(Crime crime, string? reason) { }
            }
            abstract class BaseStore
            {
                [ReclassifiesRecord] public abstract void Downgrade(Crime crime, [JustificationField] string? reason);
            }
            class FileStore : BaseStore
            {
                public override void Downgrade(Crime crime, string? reason) { }
            }
            class Caller
            {
                void Run(SqlCrimeStore sql, ICrimeStore store, FileStore file, Crime crime)
                {
                    {|CMP001:sql.Cancel(crime, null)|};
                    {|CMP001:store.Cancel(crime, null)|};
                    {|CMP001:file.Downgrade(crime, null)|};
                }
            }
            """);

    [Fact]
    public Task Unmarked_members_are_never_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    service.AddNote(crime, null);
                    service.Tag(crime, AviKind.VictimRetraction, null);
                    crime.ReasonCode = null;
                }
            }
            """);

    [Fact]
    public Task Generated_code_is_not_analysed() =>
        VerifyAsync("""
            // <auto-generated/>
            using Host.Rms;
            class Generated
            {
                void Run(CrimeService service, Crime crime)
                {
                    service.Reclassify(crime, "8N", null);
                    crime.Status = "CANCELLED";
                }
            }
            """);

    [Fact]
    public Task Justification_member_set_to_null_after_the_initializer_that_set_it_is_reported() =>
        VerifyCSharp14Async("""
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                void Cleared(CrimeService service, Crime crime)
                {
                    var request = new CancelRequest { Reason = "Duplicate of 2024/0042", Grounds = [AviKind.Cctv] };
                    request.Reason = null;
                    {|#0:service.Cancel(crime, request)|};
                }

                void Defaulted(CrimeService service, Crime crime)
                {
                    var request = new CancelRequest { Reason = "Duplicate of 2024/0042", Grounds = [AviKind.Cctv] };
                    request.Grounds = default;
                    request.Reason = null!;
                    {|#1:service.Cancel(crime, request)|};
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("CrimeService.Cancel", "'request.Reason'"),
            Diagnostic("CMP001").WithLocation(1).WithArguments("CrimeService.Cancel", "'request.Reason', 'request.Grounds'"));

    [Fact]
    public Task Null_write_that_may_not_run_or_runs_after_the_call_or_is_overwritten_is_not_reported() =>
        VerifyCSharp14Async("""
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                void MaybeCleared(CrimeService service, Crime crime, bool anonymise)
                {
                    var request = new CancelRequest { Reason = "Duplicate of 2024/0042", Grounds = [AviKind.Cctv] };
                    if (anonymise)
                    {
                        request.Reason = null;
                    }

                    service.Cancel(crime, request);
                }

                void ClearedAfterTheCall(CrimeService service, Crime crime)
                {
                    var request = new CancelRequest { Reason = "Duplicate of 2024/0042", Grounds = [AviKind.Cctv] };
                    service.Cancel(crime, request);
                    request.Reason = null;
                }

                void ClearedThenSetAgain(CrimeService service, Crime crime)
                {
                    var request = new CancelRequest { Reason = "Duplicate of 2024/0042", Grounds = [AviKind.Cctv] };
                    request.Reason = null;
                    request.Reason = "Duplicate of 2024/0043";
                    service.Cancel(crime, request);
                }

                void ClearedInALambda(CrimeService service, Crime crime)
                {
                    var request = new CancelRequest { Reason = "Duplicate of 2024/0042", Grounds = [AviKind.Cctv] };
                    System.Action clear = () => request.Reason = null;
                    service.Cancel(crime, request);
                }

                void ClearedInTheSameBranchAsTheCall(CrimeService service, Crime crime, bool anonymise)
                {
                    var request = new CancelRequest { Reason = "Duplicate of 2024/0042", Grounds = [AviKind.Cctv] };
                    if (anonymise)
                    {
                        request.Reason = null;
                        {|#0:service.Cancel(crime, request)|};
                    }
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("CrimeService.Cancel", "'request.Reason'"));

    [Fact]
    public Task Sibling_set_then_cleared_on_the_changed_record_is_reported() =>
        VerifyCSharp14Async("""
            #nullable enable
            using Host.Rms;
            class Workflow
            {
                Crime Cleared()
                {
                    var crime = new Crime { {|#0:Status = "CANCELLED"|}, ReasonCode = ReasonCode.RecordingError, Justification = "Duplicate of 2024/0042" };
                    crime.Justification = null;
                    return crime;
                }

                void ClearedBeforeTheChange(Crime crime)
                {
                    crime.ReasonCode = ReasonCode.RecordingError;
                    crime.Justification = "Duplicate of 2024/0042";
                    crime.Justification = default;
                    {|#1:crime.Status = "CANCELLED"|};
                }

                void ClearedOnlyOnOneBranch(Crime crime, bool anonymise)
                {
                    crime.ReasonCode = ReasonCode.RecordingError;
                    crime.Justification = "Duplicate of 2024/0042";
                    crime.Justification = anonymise ? null : crime.Justification;
                    if (anonymise) { crime.Justification = null; }
                    crime.Status = "CANCELLED";
                }
            }
            """,
            Diagnostic("CMP001").WithLocation(0).WithArguments("Crime.Status", "'Justification'"),
            Diagnostic("CMP001").WithLocation(1).WithArguments("Crime.Status", "'Justification'"));
}
