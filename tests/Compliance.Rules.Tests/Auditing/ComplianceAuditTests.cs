using System.Text.RegularExpressions;
using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Reading;
using static Compliance.Rules.Tests.Packs.TestPacks;
using R = Compliance.Rules.Records;
using TestPacks = Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Auditing;

/// <summary>
/// The audit's one entry point: reader results in, every record told to the observer in input
/// order, a summary out that counts record and unit findings by severity and rule, names the
/// units that stand out, and carries rule coverage, input problems and the monitoring series.
/// </summary>
public sealed class ComplianceAuditTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly RulePack Pack = Load(TestPacks.Pack(string.Join(",",
        Rule("CANCEL-003", "Record.Cancellation != null && Record.AdditionalVerifiableInformation.Any(a => a.Type == AviType.VictimRetraction)", severity: "Critical"),
        """
        { "id": "AUDIT-002", "scope": "unit", "title": "t", "severity": "High", "citation": "c", "description": "d",
          "evidence": { "rate": "rate", "baseline": "baseline", "pValue": "p" }, "message": "rate {rate}" }
        """)));

    [Fact]
    public void The_observer_sees_every_input_record_in_input_order_and_the_summary_counts_them()
    {
        var input = Input();
        var observer = new RecordingObserver();

        var summary = ComplianceAudit.Run(ComplianceEngine.Create(Pack), AsOf, input, observer, batchSize: 7);

        Assert.Equal(input.Select(i => i.Line), observer.Lines);
        Assert.Equal(["evaluated", "evaluated", "evaluated", "rejected"], observer.Kinds.Take(4));
        Assert.Equal(123, summary.Totals.RecordsRead);
        Assert.Equal(122, summary.Totals.RecordsEvaluated);
        Assert.Equal(1, summary.Totals.RecordsRejected);
        Assert.Equal(new Dictionary<string, long> { ["Truncated"] = 1 }, summary.Totals.RejectedByCode);

        // By hand: UNIT-S cancels 12 rapes on a retraction (12 Critical record findings) and is the
        // one unit whose rape cancellation rate (12 of 40) is far above the others' (1 of 80 + 2).
        Assert.Equal(12, summary.Findings(R.Severity.Critical));
        Assert.Equal(1, summary.Findings(R.Severity.High));
        Assert.Equal(0, summary.Findings(R.Severity.Medium));
        Assert.Equal(1, summary.UnitFindings);
        Assert.Equal(R.Severity.Critical, summary.HighestSeverity);
        Assert.Equal(new Dictionary<string, long> { ["AUDIT-002"] = 1, ["CANCEL-003"] = 12 }, summary.FindingsByRule);
        Assert.Equal(["UNIT-S"], summary.UnitsThatStandOut.Select(u => u.UnitId));
        Assert.Equal(["(unassigned)", "UNIT-A", "UNIT-B", "UNIT-S"], summary.Units.Select(u => u.UnitId));
    }

    [Fact]
    public void Records_without_an_owning_unit_are_counted_under_the_unassigned_unit()
    {
        var observer = new RecordingObserver();

        var summary = ComplianceAudit.Run(ComplianceEngine.Create(Pack), AsOf, Input(), observer);

        Assert.Equal(["(unassigned)", "(unassigned)"], observer.Units.Where(u => !u.StartsWith("UNIT-", StringComparison.Ordinal)));
        Assert.Equal(2L, summary.Units.Single(u => u.UnitId == UnitIds.Unassigned).Metrics["records"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(512)]
    public void The_batch_size_changes_nothing(int batchSize)
    {
        var engine = ComplianceEngine.Create(Pack);
        var one = ComplianceAudit.Run(engine, AsOf, Input(), batchSize: 1000);

        var batched = ComplianceAudit.Run(engine, AsOf, Input(), batchSize: batchSize);

        Assert.Equal(UnitAuditorTests.Describe(one.Units), UnitAuditorTests.Describe(batched.Units));
        Assert.Equal(one.FindingsByRule, batched.FindingsByRule);
    }

    [Fact]
    public void Records_in_memory_are_named_by_their_position()
    {
        var observer = new RecordingObserver();

        ComplianceAudit.Run(ComplianceEngine.Create(Pack), AsOf, [Record("X-1"), Record("X-2")], "memory", observer);

        Assert.Equal([1L, 2L], observer.Lines);
        Assert.Equal(["memory", "memory"], observer.Sources);
    }

    [Fact]
    public void A_completed_audit_takes_no_more_records_and_keeps_its_summary()
    {
        using var audit = new ComplianceAudit(ComplianceEngine.Create(Pack), AsOf);
        audit.Add([new ParsedRecord(Record("X-1"), "in", 1)]);

        var summary = audit.Complete();

        Assert.Same(summary, audit.Complete());
        Assert.Throws<InvalidOperationException>(() => audit.Add([new ParsedRecord(Record("X-2"), "in", 2)]));
        Assert.Equal(1, summary.Totals.RecordsEvaluated);
    }

    [Fact]
    public void Each_rule_s_coverage_is_counted_over_the_evaluated_records()
    {
        var summary = ComplianceAudit.Run(ComplianceEngine.Create(Pack), AsOf, Input());

        // CANCEL-003 fired on the 12 retraction cancellations of UNIT-S and on nothing else.
        var coverage = summary.Totals.Coverage["CANCEL-003"];
        Assert.Equal(12, coverage.Fired);
        Assert.Equal(0, coverage.Errors);
        Assert.Null(coverage.Note);
        Assert.Equal(0, summary.Totals.RuleErrors);
        Assert.Empty(summary.TallyDefects);
    }

    [Fact]
    public void Problems_between_records_are_listed_but_not_counted_as_records()
    {
        var input = Input();
        input.Add(new Rejection(RejectionCode.MalformedArray, "a comma is missing between two records", "in.jsonl", input.Count + 1) { IsRecord = false });
        var observer = new RecordingObserver();

        var summary = ComplianceAudit.Run(ComplianceEngine.Create(Pack), AsOf, input, observer);

        Assert.Equal(123, summary.Totals.RecordsRead);
        Assert.Equal(1, summary.Totals.RecordsRejected);
        Assert.Equal(1, summary.Totals.InputProblems);
        Assert.False(summary.Totals.InputLeftUnread);
        Assert.Equal("rejected", observer.Kinds[^1]);
        Assert.Equal(new Dictionary<string, long> { ["MalformedArray"] = 1, ["Truncated"] = 1 }, summary.Totals.RejectedByCode);
    }

    [Fact]
    public void Input_left_unread_is_known_to_the_summary()
    {
        var input = Input();
        input.Add(new Rejection(RejectionCode.UnreadInput, "the rest of the array could not be read", "in.jsonl", input.Count + 1) { IsRecord = false });

        var summary = ComplianceAudit.Run(ComplianceEngine.Create(Pack), AsOf, input);

        Assert.True(summary.Totals.InputLeftUnread);
        Assert.Equal(123, summary.Totals.RecordsRead);
    }

    [Theory]
    [InlineData(MonitorPeriod.Month, @"^\d{4}-\d{2}$")]
    [InlineData(MonitorPeriod.Week, @"^\d{4}-W\d{2}$")]
    public void The_monitoring_series_are_built_by_the_period_given_once(MonitorPeriod period, string label)
    {
        using var audit = new ComplianceAudit(ComplianceEngine.Create(Pack), AsOf, period);
        audit.Add(Input());

        var series = audit.Complete().Monitoring.Series;

        Assert.Equal(period, audit.Period);
        Assert.NotEmpty(series);
        Assert.All(series, s => Assert.Equal(period, s.Period));
        Assert.All(series.SelectMany(s => s.Points), p => Assert.Matches(new Regex(label), p.Period));
        Assert.Contains(series, s => s.UnitId == "UNIT-S");
    }

    private static List<ReadResult> Input()
    {
        var input = new List<ReadResult>();
        void Add(R.CrimeRecord record) => input.Add(new ParsedRecord(record, "in.jsonl", input.Count + 1));
        for (var i = 0; i < 40; i++)
        {
            Add(Rape($"S-{i}", "UNIT-S", i < 12 ? R.AviType.VictimRetraction : null));
            Add(Rape($"A-{i}", "UNIT-A", i < 1 ? R.AviType.Cctv : null));
            Add(Rape($"B-{i}", "UNIT-B", null));
            if (i == 0)
            {
                input.Add(new Rejection(RejectionCode.Truncated, "the record ends early", "in.jsonl", input.Count + 1));
            }
        }

        Add(Record("U-1") with { OwningUnit = null });
        Add(Record("U-2", unit: string.Empty));
        return input;
    }

    private static R.CrimeRecord Rape(string id, string unit, R.AviType? cancelledOn) => Record(id, unit) with
    {
        RecordingDecision = new R.RecordingDecision { Outcome = R.RecordingOutcome.CrimeRecorded, DecidedAt = AsOf.AddYears(-2) },
        Cancellation = cancelledOn is null ? null : new R.Cancellation { Code = R.CancellationCode.C2, AviRefs = ["AVI-1"] },
        AdditionalVerifiableInformation = cancelledOn is { } type ? [new R.AviItem { AviId = "AVI-1", Type = type, ObtainedAt = AsOf.AddYears(-1) }] : [],
    };

    private sealed class RecordingObserver : IAuditObserver
    {
        public List<long> Lines { get; } = [];

        public List<string> Kinds { get; } = [];

        public List<string> Units { get; } = [];

        public List<string> Sources { get; } = [];

        public void Evaluated(AuditedRecord record)
        {
            Lines.Add(record.Line);
            Kinds.Add("evaluated");
            Units.Add(record.UnitId);
            Sources.Add(record.Source);
        }

        public void Rejected(Rejection rejection)
        {
            Lines.Add(rejection.Line);
            Kinds.Add("rejected");
            Sources.Add(rejection.Source);
        }
    }
}
