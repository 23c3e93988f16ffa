using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Auditing;

/// <summary>
/// A record made in code can hold what the reader refuses (a null statement, a null victim contact).
/// The monitoring series must not let such a record end the audit: it is listed, adds no event, and
/// the records after it are counted as usual.
/// </summary>
public sealed class MonitorDefectTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TakenAt = new(2008, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private static readonly IComplianceEngine Engine = ComplianceEngine.Create(Load(Pack(Rule("R-001", "Record.Victims.Count == 0", severity: "Low"))));

    /// <summary>A rape record with one retraction statement: one event of the police-initiated-retraction metric.</summary>
    private static CrimeRecord WithRetraction(string id) => Record(id) with
    {
        Statements =
        [
            new Statement { StatementId = $"{id}-S1", Type = StatementType.Retraction, TakenAt = TakenAt, TakenByOfficerRef = "PC-1", InitiatedBy = StatementInitiator.Victim },
        ],
    };

    [Fact]
    public void A_null_statement_is_listed_by_the_tally_and_the_series_and_the_audit_goes_on()
    {
        var records = new[] { WithRetraction("CR-1"), Record("CR-2") with { Statements = [null!] }, WithRetraction("CR-3") };

        var summary = ComplianceAudit.Run(Engine, AsOf, records);

        Assert.Equal(3, summary.Totals.RecordsEvaluated);
        Assert.Equal(
            [
                ("CR-2", "UNIT-A", "NullReferenceException while counting the record for the unit audits"),
                ("CR-2", "UNIT-A", "NullReferenceException while collecting the record's monitoring events"),
            ],
            summary.TallyDefects.Select(d => (d.CrimeRecordId, d.UnitId, d.Message)));

        // CR-1 and CR-3 each give one retraction event in November 2008; CR-2 gives none.
        var retractions = Assert.Single(summary.Monitoring.Series, s => s.Metric == MonitorMetrics.PoliceInitiatedRetraction);
        var point = Assert.Single(retractions.Points);
        Assert.Equal(("2008-11", 2L, 0L), (point.Period, point.Events, point.Count));
    }

    [Fact]
    public void A_null_victim_contact_that_only_the_series_reads_is_listed_once_and_the_unit_keeps_its_count()
    {
        // A rape record is a sexual-offence record: the specialist-first metric reads its contacts.
        var records = new[] { WithRetraction("CR-1"), Record("CR-2") with { VictimContacts = [null!] }, WithRetraction("CR-3") };

        var summary = ComplianceAudit.Run(Engine, AsOf, records);

        Assert.Equal(3, summary.Totals.RecordsEvaluated);
        var defect = Assert.Single(summary.TallyDefects);
        Assert.Equal(("CR-2", "UNIT-A", "NullReferenceException while collecting the record's monitoring events"), (defect.CrimeRecordId, defect.UnitId, defect.Message));
        Assert.Equal(3L, Assert.Single(summary.Units).Metrics["records"]);
        var retractions = Assert.Single(summary.Monitoring.Series, s => s.Metric == MonitorMetrics.PoliceInitiatedRetraction);
        Assert.Equal(2L, Assert.Single(retractions.Points).Events);
    }
}
