using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
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
