namespace Compliance.Analyzers.Tests.Robustness;

/// <summary>Hand-written hosts with the shapes the generator does not produce, and odd attribute declarations.</summary>
internal static class TrickySources
{
    public static readonly string[] Hosts =
    [
        """
        #nullable enable
        using Compliance.Rules.Annotations;
        using Host.Rms;
        namespace Tricky.Partial
        {
            partial class Registry
            {
                [ReclassifiesRecord] public partial void Downgrade(Crime crime, [JustificationField] string? reason);
                public partial void Downgrade(Crime crime, string? reason) { }
                void Run(Crime crime) { Downgrade(crime, null); Downgrade(crime, "n/a"); }
            }
        }
        """,
        """
        #nullable enable
        using Compliance.Rules.Annotations;
        using Host.Rms;
        namespace Tricky.Generic
        {
            interface IStore<T> { [ReclassifiesRecord] void Cancel(T record, [JustificationField] params AviKind[] grounds); }
            class Store<T> : IStore<T> { public void Cancel(T record, params AviKind[] grounds) { } }
            class Request<T> { [JustificationField] public T? Evidence { get; set; } [JustificationField] public string? Reason; }
            class Flow<TRecord> where TRecord : new()
            {
                [ReclassifiesRecord] public void Submit<TRequest>(TRecord r, Request<TRequest> request) { }
                void Run(Store<Crime> store, Crime c)
                {
                    store.Cancel(c, AviKind.VictimRetraction);
                    ((IStore<Crime>)store).Cancel(c);
                    Submit(new TRecord(), new Request<int> { Reason = "tbc" });
                    var r = new Request<string>(); r.Reason = null; Submit(new(), r);
                }
            }
        }
        """,
        """
        #nullable enable
        using System.Collections.Generic;
        using Compliance.Rules.Annotations;
        using Host.Rms;
        namespace Tricky.Records
        {
            record Downgrade([property: JustificationField] string? Reason, [property: JustificationField] IReadOnlyList<AviKind> Grounds);
            record struct Change([property: ReclassifiesRecord("Why")] string Code, [property: JustificationField] string? Why);
            class Service
            {
                [ReclassifiesRecord] public Service(Crime c, [JustificationField] string? reason = null) { }
                [ReclassifiesRecord] public void Apply(Crime crime, Downgrade downgrade) { }
                void Run(Crime c)
                {
                    Apply(c, new Downgrade(null, [AviKind.VictimRetraction]));
                    Apply(c, new Downgrade("x", new List<AviKind> { AviKind.VictimRetraction }) with { Reason = "" });
                    var change = new Change("8N", "tbc");
                    change = change with { Code = "9A" };
                    change.Code = "1";
                    _ = new Service(c);
                    (c.Status, c.Justification) = ("CANCELLED", null);
                    c.Status += "X";
                    c.Justification ??= "n/a";
                    ref var alias = ref change;
                    alias.Code = "2";
                }
            }
        }
        """,
        """
        #nullable enable
        using System;
        using System.Linq;
        using Compliance.Rules.Annotations;
        using Host.Rms;
        namespace Tricky.Odd
        {
            class Odd
            {
                [ReclassifiesRecord(nameof(Crime.Justification), null, "", "Nope")] public string? Code;
                [JustificationField] public static string? Shared;
                Crime crime = new Crime { Status = "X" };
                static Odd() { Shared = "tbc"; }
                string this[int i] { get => ""; set { crime.Status = value; } }
                public static Odd operator +(Odd a, Odd b) { a.Code = null; return a; }
                void Run(CrimeService service, Crime[] crimes, dynamic dyn)
                {
                    crimes[0].Status = "X";
                    GetCrime().Status = "Y";
                    foreach (var c in crimes) { c.Status = "Z"; }
                    service.Reclassify(dyn, "8N", dyn);
                    service.Cancel(crimes.First(), new CancelRequest { Grounds = crimes.Select(_ => AviKind.VictimRetraction).ToArray() });
                    this.Code = "A";
                    Shared = "n/a";
                    var local = new CancelRequest(); var copy = local; service.Cancel(crimes[0], local);
                    unsafe { }
                    int Local(string? r) { service.Reclassify(crime, "1", r); return 0; }
                    _ = Local(null);
                    service.Reclassify(crime, "1", reason: "tbc", authorisedBy: default);
                    service.CancelFor(crime, grounds: [AviKind.VictimRetraction]);
                    service.CancelFor(crime, new AviKind[0]);
                }
                Crime GetCrime() => crime;
            }
        }
        """,
    ];

    /// <summary>Attribute declarations a host might get wrong; each replaces <see cref="Verification.HostSources.Annotations"/>.</summary>
    public static readonly string[] OddAnnotations =
    [
        // Constructor takes an int: required member names are not strings.
        """
        namespace Compliance.Rules.Annotations
        {
            sealed class ReclassifiesRecordAttribute : System.Attribute { public ReclassifiesRecordAttribute(int count = 0, params object[] rest) { } }
            sealed class JustificationFieldAttribute : System.Attribute { public JustificationFieldAttribute(string? why = null) { } }
            sealed class InsufficientGroundsAttribute : System.Attribute { }
        }
        """,
        // Declared twice, one of them generic and nested.
        """
        namespace Compliance.Rules.Annotations
        {
            sealed class ReclassifiesRecordAttribute : System.Attribute { public ReclassifiesRecordAttribute(params string[] names) { } }
            sealed class ReclassifiesRecordAttribute : System.Attribute { }
            sealed class JustificationFieldAttribute<T> : System.Attribute { }
            class Outer { internal sealed class InsufficientGroundsAttribute : System.Attribute { } }
        }
        """,
        // Not attributes at all.
        """
        namespace Compliance.Rules.Annotations
        {
            class ReclassifiesRecordAttribute { }
            struct JustificationFieldAttribute { }
            enum InsufficientGroundsAttribute { A }
        }
        """,
        // Missing entirely: every use of the attributes is an error type.
        "",
    ];
}
