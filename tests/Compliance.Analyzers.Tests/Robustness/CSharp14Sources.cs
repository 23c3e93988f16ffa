namespace Compliance.Analyzers.Tests.Robustness;

/// <summary>
/// Hosts written with every C# 14 construct, over the marked model: extension members (blocks, properties,
/// static members), null-conditional assignment (simple, compound, chained), the <c>field</c> keyword, partial
/// constructors and events, implicit span conversions and first-class spans, user-defined compound assignment.
/// Each host also makes changes the analyzer must report, so "never throws" cannot pass by seeing nothing.
/// </summary>
internal static class CSharp14Sources
{
    public static readonly string[] Hosts =
    [
        """
        #nullable enable
        using Compliance.Rules.Annotations;
        using Host.Rms;
        namespace Modern.Extensions
        {
            public static class CrimeExtensions
            {
                extension(Crime crime)
                {
                    [ReclassifiesRecord]
                    public void CancelAs([JustificationField] string? reason) => crime.Status = "CANCELLED";

                    [ReclassifiesRecord(nameof(Crime.Justification))]
                    public string Outcome
                    {
                        get => crime.Status;
                        set => crime.Status = value;
                    }

                    public bool IsCancelled => crime.Status == "CANCELLED";
                }

                extension(Crime)
                {
                    public static Crime Cancelled(string justification) =>
                        new() { Status = "CANCELLED", ReasonCode = ReasonCode.RecordingError, Justification = justification };
                }

                extension<T>(T[] values) where T : struct
                {
                    public int Count => values.Length;
                }
            }

            class Workflow
            {
                void Run(Crime crime)
                {
                    crime.CancelAs(null);
                    crime.CancelAs("n/a");
                    CrimeExtensions.CancelAs(crime, null);
                    crime.Outcome = "8N";
                    _ = crime.IsCancelled;
                    _ = Crime.Cancelled("Duplicate of 2024/0042");
                    _ = new[] { AviKind.Cctv }.Count;
                }
            }
        }
        """,
        """
        #nullable enable
        using Host.Rms;
        namespace Modern.NullConditional
        {
            class Case { public Crime? Crime { get; set; } public int[]? Counts { get; set; } public string? Note; }
            class Workflow
            {
                void Run(Case? first, Crime? crime, Crime?[] crimes, CancelRequest? request)
                {
                    crime?.Status = "CANCELLED";
                    first?.Crime?.Status = "8N";
                    first?.Crime?.Justification = "tbc";
                    crimes[0]?.Status = "CANCELLED";
                    first?.Note += "x";
                    first?.Note ??= "y";
                    first?.Counts?[0] = 1;
                    first?.Counts?[0] += 2;
                    request?.Reason = null;
                    request?.Grounds = [AviKind.VictimRetraction];
                    _ = crime?.Status = "y";
                    var result = first?.Crime?.ReasonCode = ReasonCode.RecordingError;
                }
            }
        }
        """,
        """
        #nullable enable
        using System;
        using Compliance.Rules.Annotations;
        using Host.Rms;
        namespace Modern.FieldKeyword
        {
            public sealed class TrackedCrime
            {
                [ReclassifiesRecord(nameof(Justification))]
                public string Status
                {
                    get => field;
                    set => field = value ?? throw new ArgumentNullException(nameof(value));
                } = "RECORDED";

                [JustificationField]
                public string? Justification { get; set => field = value?.Trim(); }

                public int Version { get => field; set { field = value; field++; field += 1; } }
            }

            class Workflow
            {
                void Run(TrackedCrime crime)
                {
                    crime.Status = "CANCELLED";
                    new TrackedCrime().Justification = "";
                }
            }
        }
        """,
        """
        #nullable enable
        using System;
        using Compliance.Rules.Annotations;
        using Host.Rms;
        namespace Modern.Partials
        {
            public partial class Reclassification
            {
                [ReclassifiesRecord]
                public partial Reclassification(Crime crime, [JustificationField] string? reason);

                public partial event Action<Crime>? Changed;
            }

            public partial class Reclassification
            {
                private Action<Crime>? _changed;

                public partial Reclassification(Crime crime, string? reason) : this() => _changed?.Invoke(crime);

                private Reclassification() { }

                public partial event Action<Crime>? Changed { add => _changed += value; remove => _changed -= value; }
            }

            class Workflow
            {
                void Run(Crime crime)
                {
                    _ = new Reclassification(crime, null);
                    var change = new Reclassification(crime, "see above");
                    change.Changed += c => c.Status = "8N";
                }
            }
        }
        """,
        """
        #nullable enable
        using System;
        using Compliance.Rules.Annotations;
        using Host.Rms;
        namespace Modern.Spans
        {
            public static class SpanChecks
            {
                public static bool Cites(this ReadOnlySpan<AviKind> grounds, AviKind kind) { foreach (var g in grounds) { if (g == kind) { return true; } } return false; }
            }

            public class SpanService
            {
                [ReclassifiesRecord]
                public void Cancel(Crime crime, [JustificationField] ReadOnlySpan<AviKind> grounds) { }

                [ReclassifiesRecord]
                public void CancelAll(Crime crime, [JustificationField] params ReadOnlySpan<AviKind> grounds) { }

                [ReclassifiesRecord]
                public void Explain(Crime crime, [JustificationField] ReadOnlySpan<char> reason) { }
            }

            class Workflow
            {
                void Run(SpanService service, Crime crime, AviKind[] grounds, Span<AviKind> span)
                {
                    service.Cancel(crime, new[] { AviKind.VictimRetraction });
                    service.Cancel(crime, [AviKind.VictimWithdrawalOfSupport]);
                    service.Cancel(crime, grounds);
                    service.Cancel(crime, span);
                    service.Cancel(crime, default);
                    service.CancelAll(crime);
                    service.CancelAll(crime, AviKind.VictimRetraction, AviKind.VictimWithdrawalOfSupport);
                    service.Explain(crime, "tbc");
                    service.Explain(crime, "Duplicate of 2024/0042".AsSpan(0, 9));
                    _ = grounds.Cites(AviKind.Cctv);
                    _ = span.Cites(AviKind.Cctv);
                    _ = "n/a".AsSpan().StartsWith("n");
                }
            }
        }
        """,
        """
        #nullable enable
        using System;
        using Compliance.Rules.Annotations;
        using Host.Rms;
        namespace Modern.CompoundOperators
        {
            public sealed class Tally
            {
                public int Count;

                public void operator +=(int value) => Count += value;

                public void operator -=(int value) => Count -= value;

                public void operator ++() => Count++;

                public static Tally operator +(Tally tally, int value) => new() { Count = tally.Count + value };
            }

            public sealed class CountedCrime
            {
                [ReclassifiesRecord(nameof(Justification))]
                public Tally Reclassifications = new();

                [JustificationField]
                public string? Justification;
            }

            class Workflow
            {
                void Run(CountedCrime crime, CountedCrime? maybe)
                {
                    crime.Reclassifications += 1;
                    crime.Reclassifications -= 1;
                    crime.Reclassifications++;
                    ++crime.Reclassifications;
                    maybe?.Reclassifications += 1;
                    var alias = crime.Reclassifications;
                    alias += 2;
                    Func<Tally, Tally> add = t => t + 1;
                    Action<string?> clear = static (ref_) => { };
                    _ = nameof(System.Collections.Generic.List<>);
                }
            }
        }
        """,
    ];
}
