using static Compliance.Analyzers.Tests.Verification.AnalyzerVerifier;

namespace Compliance.Analyzers.Tests.Rules;

public sealed class Cmp003InsufficientGroundsTests
{
    [Fact]
    public Task Retraction_as_the_only_params_ground_is_reported_on_the_call() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    {|#0:service.CancelFor(crime, AviKind.VictimRetraction)|};
            }
            """,
            Diagnostic("CMP003").WithLocation(0).WithArguments("CrimeService.CancelFor", "'AviKind.VictimRetraction'"));

    [Fact]
    public Task Array_of_insufficient_grounds_in_an_object_initializer_is_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    {|#0:service.Cancel(crime, new CancelRequest
                    {
                        Reason = "Victim no longer supports the investigation",
                        Grounds = new[] { AviKind.VictimRetraction, AviKind.VictimWithdrawalOfSupport },
                    })|};
            }
            """,
            Diagnostic("CMP003").WithLocation(0).WithArguments("CrimeService.Cancel", "'AviKind.VictimRetraction', 'AviKind.VictimWithdrawalOfSupport'"));

    [Fact]
    public Task Collection_expression_built_on_earlier_lines_is_reported_on_the_call() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    AviKind[] grounds = [AviKind.VictimWithdrawalOfSupport];
                    var request = new CancelRequest { Reason = "Victim withdrew" };
                    request.Grounds = grounds;
                    {|CMP003:service.Cancel(crime, request)|};
                }
            }
            """);

    [Fact]
    public Task List_collection_initializer_and_local_array_are_followed() =>
        VerifyAsync("""
            using System.Collections.Generic;
            using Host.Rms;
            class Workflow
            {
                CrimeRecord Cancel(CrimeRecord crime) =>
                    crime with { {|CMP003:Status = "CANCELLED"|}, Justification = "Victim retracted", Grounds = new List<AviKind> { AviKind.VictimRetraction } };

                void Run(CrimeService service, Crime crime)
                {
                    var grounds = new[] { AviKind.VictimRetraction };
                    {|CMP003:service.CancelFor(crime, grounds)|};
                }
            }
            """);

    [Fact]
    public Task Constant_string_vocabulary_is_recognised() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    {|CMP003:service.CancelWithCode(crime, AviCodes.Retraction)|};
                    service.CancelWithCode(crime, AviCodes.Cctv);
                }
            }
            """);

    [Fact]
    public Task Property_change_with_sibling_grounds_in_the_same_body_is_reported_on_the_assignment() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                CrimeRecord Cancel() => new CrimeRecord
                {
                    {|CMP003:Status = "CANCELLED"|},
                    Justification = "Victim retracted",
                    Grounds = [AviKind.VictimRetraction],
                };
            }
            """);

    [Fact]
    public Task Any_sufficient_ground_beside_a_retraction_is_not_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime)
                {
                    service.CancelFor(crime, AviKind.VictimRetraction, AviKind.Cctv);
                    service.Cancel(crime, new CancelRequest { Reason = "CCTV shows no offence", Grounds = [AviKind.Forensic, AviKind.VictimRetraction] });
                }
            }
            """);

    [Fact]
    public Task Grounds_of_unknown_provenance_are_not_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime, AviKind[] fromForm, AviKind other, CancelRequest request)
                {
                    service.CancelFor(crime, fromForm);
                    service.CancelFor(crime, AviKind.VictimRetraction, other);
                    service.Cancel(crime, new CancelRequest { Reason = "Victim retracted", Grounds = [.. fromForm, AviKind.VictimRetraction] });
                    service.Cancel(crime, request);
                }
            }
            """);

    [Fact]
    public Task Empty_grounds_are_missing_not_insufficient() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    service.Cancel(crime, new CancelRequest { Reason = "Victim retracted", Grounds = [] });
            }
            """);

    [Fact]
    public Task Insufficient_values_outside_changes_or_justification_fields_are_not_reported() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime, CancelRequest request)
                {
                    service.Tag(crime, AviKind.VictimRetraction, "Victim rang the station");
                    request.Grounds = [AviKind.VictimRetraction];
                }
            }
            """);

    [Fact]
    public Task Missing_and_insufficient_are_reported_together() =>
        VerifyAsync("""
            using Host.Rms;
            class Workflow
            {
                void Run(CrimeService service, Crime crime) =>
                    {|CMP001:{|CMP003:service.Cancel(crime, new CancelRequest { Grounds = [AviKind.VictimRetraction] })|}|};
            }
            """);

    [Fact]
    public Task Retraction_in_an_async_lambda_is_reported() =>
        VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Host.Rms;
            class Workflow
            {
                Func<Crime, Task> Handler(CrimeService service) => async c =>
                {
                    await Task.Yield();
                    {|CMP003:service.CancelFor(c, AviKind.VictimWithdrawalOfSupport)|};
                };
            }
            """);

    [Fact]
    public Task Partial_classes_and_generic_hosts_are_checked() =>
        VerifyAsync("""
            using Compliance.Rules.Annotations;
            using Host.Rms;
            class Registry<TRecord>
            {
                [ReclassifiesRecord]
                public void Close(TRecord record, [JustificationField] params AviKind[] grounds) { }
            }
            partial class Desk
            {
                void Run(Registry<Crime> registry, Crime crime) => {|CMP003:registry.Close(crime, AviKind.VictimWithdrawalOfSupport)|};
            }
            partial class Desk
            {
                void Fine(Registry<Crime> registry, Crime crime) => registry.Close(crime, AviKind.Forensic);
            }
            """);
}
