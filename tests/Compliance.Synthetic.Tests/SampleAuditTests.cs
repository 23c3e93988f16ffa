using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Packs;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Synthetic.Tests;

/// <summary>
/// What the README promises of the bundled samples, checked with the real reader, engine and unit
/// auditor: the Sapphire-like unit stands out and no other unit does, in 2008–09 under the rules of
/// that time and in 2025 under today's.
/// </summary>
public sealed class SampleAuditTests
{
    private static readonly string[] SapphireAudits = ["AUDIT-002", "AUDIT-003", "AUDIT-004", "AUDIT-005"];

    [Theory]
    [InlineData("sapphire-2009.jsonl", "2010-01-01T00:00:00Z")]
    [InlineData("sapphire-2025.jsonl", "2026-07-01T00:00:00Z")]
    public void SW_SAPPHIRE_stands_out_and_no_other_unit_does(string sample, string asOf)
    {
        var at = DateTimeOffset.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var records = Read(sample);
        var summary = ComplianceAudit.Run(ComplianceEngine.Create(RulePack.LoadBuiltIn()), at, records, sample);
        var units = summary.Units;
        var standingOut = summary.UnitsThatStandOut.Select(u => u.UnitId).ToList();
        var sapphire = units.Single(u => u.UnitId == SyntheticRecords.SapphireUnitId);

        Assert.Equal(3_000, records.Count);
        Assert.Equal(11, units.Count);
        Assert.Equal([SyntheticRecords.SapphireUnitId], standingOut);
        Assert.Subset(sapphire.Findings.Select(f => f.RuleId).ToHashSet(), SapphireAudits.ToHashSet());
    }

    [Fact]
    public void With_its_incident_logs_LW_SAPPHIRE_stands_out_through_AUDIT_007_and_no_other_unit_does()
    {
        var at = new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var engine = ComplianceEngine.Create(RulePack.LoadBuiltIn());
        var records = Read("lewisham-2009-records.jsonl");

        // The crime records alone show nothing: a unit that does not record looks clean.
        var recordAudit = ComplianceAudit.Run(engine, at, records, "lewisham-2009-records.jsonl");
        Assert.Empty(recordAudit.UnitsThatStandOut);

        using var incidents = new IncidentAudit(engine, at);
        foreach (var (record, evaluation) in records.Zip(engine.EvaluateMany(records, at)))
        {
            incidents.AddRecord(record, evaluation);
        }

        var rejected = new List<string>();
        using var source = RecordSource.Open(Path.Combine(RepositoryRoot(), "samples", "lewisham-2009-incidents.jsonl"));
        var summary = incidents.Run(new IncidentReader().Read(source), rejected: r => rejected.Add(r.ToString()));
        var audit007 = summary.Units.Where(u => u.Findings.Any(f => f.RuleId == "AUDIT-007")).Select(u => u.UnitId).ToList();
        var lewisham = summary.Units.Single(u => u.UnitId == "LW-SAPPHIRE");

        Assert.Empty(rejected);
        Assert.Equal(1_940, summary.IncidentsRead);
        Assert.Equal(0, summary.UnresolvedIncidentLinks);
        Assert.Equal(10, summary.Units.Count);
        Assert.Equal(["LW-SAPPHIRE"], audit007);

        // Its only peer of its type is LB-SAPPHIRE (fewer than two), so its baseline is every other unit.
        Assert.Equal("allOtherUnits", lewisham.Findings.Single(f => f.RuleId == "AUDIT-007").Evidence["baselineSource"]);
    }

    private static List<CrimeRecord> Read(string sample)
    {
        var path = Path.Combine(RepositoryRoot(), "samples", sample);
        return File.ReadAllLines(path).Select(RecordJson.Parse).ToList();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Compliance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Compliance.sln above {AppContext.BaseDirectory}");
    }
}
