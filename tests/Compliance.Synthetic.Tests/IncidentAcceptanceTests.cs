using System.Globalization;
using System.Text.Json;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Xunit.Abstractions;

namespace Compliance.Synthetic.Tests;

/// <summary>
/// The acceptance of the incident rules on data with a known truth, measured in process on 20
/// generator seeds fixed here before the incident generator was written. The truth (which offence
/// really happened, and whether it was recorded, recorded late or never) is read from the
/// generator's truth file only; the findings come from the real reader, engine, join and unit
/// audit. Targets: INCIDENT-002 fires on at least 98% of the truly unrecorded sexual offences whose
/// incident carries a sexual disclosure; at least 90% of its findings concern a truly unrecorded or
/// late-recorded sexual offence; the unit that under-records sexual offences fires AUDIT-007 on at
/// least 19 of 20 seeds and the compliant units on at most one unit-seed in all; and a force that
/// records everything within the limit raises no INCIDENT-001, 002 or 003.
/// </summary>
public sealed class IncidentAcceptanceTests(ITestOutputHelper output)
{
    /// <summary>Fixed before the generator existed; never change them to make a figure pass.</summary>
    private static readonly long[] Seeds =
    [
        170_001, 170_002, 170_003, 170_004, 170_005, 170_006, 170_007, 170_008, 170_009, 170_010,
        170_011, 170_012, 170_013, 170_014, 170_015, 170_016, 170_017, 170_018, 170_019, 170_020,
    ];

    /// <summary>
    /// Records per seed in the under-recording runs: the default period (July 2008 – June 2009) of
    /// the Sapphire scenario. First fixed at 2 000 with the seeds; raised to 8 000 after the first
    /// measurement, because AUDIT-007 compares a unit with peers only twice its size, and with a few
    /// unanswered incidents per unit the peers' own chance variation made compliant units fire on
    /// 6 of 200 unit-seeds. The seeds did not change.
    /// </summary>
    private const int Records = 8_000;

    /// <summary>Records per seed in the runs where everything is recorded on time (as first fixed).</summary>
    private const int CleanRecords = 2_000;

    /// <summary>Three months after the last report: every recording limit has passed and every incident is closed.</summary>
    private static readonly DateTimeOffset AsOf = new(2009, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly IComplianceEngine Engine = ComplianceEngine.CreateBuiltIn();

    private static readonly Lazy<IReadOnlyList<SeedRun>> UnderRecording = new(() =>
        [.. Seeds.Select(seed => Run(new GeneratorOptions { Records = Records, Seed = seed, Scenario = GeneratorScenario.Sapphire }))]);

    private static readonly Lazy<IReadOnlyList<SeedRun>> RecordsEverythingOnTime = new(() =>
        [.. Seeds.Select(seed => Run(new GeneratorOptions
        {
            Records = CleanRecords,
            Seed = seed,
            Scenario = GeneratorScenario.Sapphire,
            NonRecording = 0,
            UnderRecording = 0,
            OnTime = true,
        }))]);

    [Fact]
    public void INCIDENT_002_fires_on_at_least_98_percent_of_the_unrecorded_sexual_offences_that_were_disclosed()
    {
        long disclosed = 0, disclosedFound = 0, all = 0, allFound = 0;
        foreach (var run in UnderRecording.Value)
        {
            foreach (var incident in run.Truth)
            {
                var unrecorded = incident.Offences.Count(o => o.IsSexual && o.Fate == "UNRECORDED");
                if (unrecorded == 0)
                {
                    continue;
                }

                var found = run.Fired(incident.IncidentId, "INCIDENT-002");
                all += unrecorded;
                allFound += found ? unrecorded : 0;
                if (run.HasSexualDisclosure(incident.IncidentId))
                {
                    disclosed += unrecorded;
                    disclosedFound += found ? unrecorded : 0;
                }
            }
        }

        output.WriteLine($"truly unrecorded sexual offences with a sexual disclosure: {disclosed}, INCIDENT-002 on {disclosedFound} ({Share(disclosedFound, disclosed)})");
        output.WriteLine($"all truly unrecorded sexual offences: {all}, INCIDENT-002 on {allFound} ({Share(allFound, all)})");
        Assert.True(disclosed >= 200, $"only {disclosed} disclosed unrecorded sexual offences over {Seeds.Length} seeds: too few to measure");
        Assert.True(all > disclosed, "every unrecorded sexual offence was disclosed: the generator hides none");
        Assert.True(disclosedFound >= 0.98 * disclosed, $"INCIDENT-002 found {disclosedFound} of {disclosed} ({Share(disclosedFound, disclosed)})");
    }

    [Fact]
    public void At_least_90_percent_of_INCIDENT_002_findings_concern_an_unrecorded_or_late_recorded_sexual_offence()
    {
        long findings = 0, genuine = 0;
        foreach (var run in UnderRecording.Value)
        {
            var truth = run.Truth.ToDictionary(t => t.IncidentId, StringComparer.Ordinal);
            foreach (var (incidentId, rules) in run.Findings)
            {
                if (!rules.Contains("INCIDENT-002"))
                {
                    continue;
                }

                findings++;
                if (truth.TryGetValue(incidentId, out var known) && known.Offences.Any(o => o.IsSexual && o.Fate is "UNRECORDED" or "RECORDED_LATE"))
                {
                    genuine++;
                }
            }
        }

        output.WriteLine($"INCIDENT-002 findings: {findings}, on a truly unrecorded or late-recorded sexual offence: {genuine} ({Share(genuine, findings)})");
        Assert.True(findings >= 200, $"only {findings} findings");
        Assert.True(genuine >= 0.90 * findings, $"{genuine} of {findings} ({Share(genuine, findings)})");
    }

    [Fact]
    public void The_under_recording_unit_fires_AUDIT_007_on_19_of_20_seeds_and_compliant_units_on_at_most_one_unit_seed()
    {
        int underRecordingFires = 0, compliantFires = 0, compliantUnitSeeds = 0;
        foreach (var run in UnderRecording.Value)
        {
            foreach (var unit in run.Summary.Units)
            {
                var fired = unit.Findings.Any(f => f.RuleId == "AUDIT-007");
                if (unit.UnitId == run.UnderRecordingUnit)
                {
                    underRecordingFires += fired ? 1 : 0;
                }
                else
                {
                    compliantUnitSeeds++;
                    compliantFires += fired ? 1 : 0;
                    if (fired)
                    {
                        output.WriteLine($"seed {run.Seed}: compliant unit {unit.UnitId} fired AUDIT-007");
                    }
                }
            }
        }

        output.WriteLine($"under-recording unit: AUDIT-007 on {underRecordingFires} of {Seeds.Length} seeds; compliant units: {compliantFires} of {compliantUnitSeeds} unit-seeds");
        Assert.All(UnderRecording.Value, run => Assert.Equal("SW-SAPPHIRE", run.UnderRecordingUnit));
        Assert.True(compliantUnitSeeds >= 8 * Seeds.Length, $"only {compliantUnitSeeds} compliant unit-seeds assessed");
        Assert.True(underRecordingFires >= 19, $"AUDIT-007 fired on the under-recording unit on {underRecordingFires} of {Seeds.Length} seeds");
        Assert.True(compliantFires <= 1, $"AUDIT-007 fired on compliant units on {compliantFires} unit-seeds");
    }

    [Fact]
    public void A_force_that_records_every_offence_within_the_limit_raises_no_INCIDENT_001_002_or_003()
    {
        long incidents = 0;
        var fired = new List<string>();
        foreach (var run in RecordsEverythingOnTime.Value)
        {
            incidents += run.Summary.IncidentsEvaluated;
            Assert.Empty(run.Rejections);
            Assert.DoesNotContain(run.Truth, t => t.Offences.Any(o => o.Fate is "UNRECORDED" or "RECORDED_LATE"));
            fired.AddRange(run.Findings
                .SelectMany(f => f.Value.Where(rule => rule is "INCIDENT-001" or "INCIDENT-002" or "INCIDENT-003").Select(rule => $"seed {run.Seed} {f.Key} {rule}")));
        }

        output.WriteLine($"{incidents} incidents over {Seeds.Length} seeds; INCIDENT-001/002/003 fired {fired.Count} times");
        Assert.True(incidents >= 20 * CleanRecords, $"only {incidents} incidents");
        Assert.Empty(fired);
    }

    [Fact]
    public void Every_generated_incident_passes_the_strict_reader_and_the_truth_names_each_one()
    {
        foreach (var run in UnderRecording.Value)
        {
            Assert.Empty(run.Rejections);
            Assert.Equal(run.Summary.IncidentsEvaluated, run.Truth.Count);
            Assert.Equal(run.Truth.Count, run.Truth.Select(t => t.IncidentId).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(0, run.Summary.UnresolvedIncidentLinks);
        }
    }

    private static string Share(long part, long whole) => whole == 0 ? "n/a" : (part / (double)whole).ToString("P1", CultureInfo.InvariantCulture);

    private static SeedRun Run(GeneratorOptions options)
    {
        using var recordBytes = new MemoryStream();
        using var truthBytes = new MemoryStream();
        using var incidentBytes = new MemoryStream();
        SyntheticRecords.WriteJsonLines(options, recordBytes, truthBytes, incidentBytes);

        var records = ReadLines(recordBytes).Select(RecordJson.Parse).ToList();
        using var audit = new IncidentAudit(Engine, AsOf);
        foreach (var (record, evaluation) in records.Zip(Engine.EvaluateMany(records, AsOf)))
        {
            audit.AddRecord(record, evaluation);
        }

        var findings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var sexualDisclosure = new HashSet<string>(StringComparer.Ordinal);
        var rejections = new List<string>();
        incidentBytes.Position = 0;
        var summary = audit.Run(
            new IncidentReader().Read(incidentBytes, "incidents.jsonl", RecordInputFormat.JsonLines),
            (parsed, evaluation) =>
            {
                findings[evaluation.IncidentId] = [.. evaluation.Findings.Select(f => f.RuleId)];
                if (parsed.Incident.Disclosures.Any(d => d.AllegationType is AllegationType.Rape or AllegationType.AttemptedRape or AllegationType.SexualAssault or AllegationType.OtherSexual))
                {
                    sexualDisclosure.Add(parsed.Incident.IncidentId);
                }
            },
            rejection => rejections.Add(rejection.ToString()));

        using var truth = JsonDocument.Parse(truthBytes.ToArray());
        var incidents = truth.RootElement.GetProperty("incidents");
        var known = incidents.GetProperty("events").EnumerateArray().Select(e => new TrueIncident(
            e.GetProperty("incidentId").GetString()!,
            [.. e.GetProperty("offences").EnumerateArray().Select(o => new TrueOffence(o.GetProperty("allegationType").GetString()!, o.GetProperty("fate").GetString()!))])).ToList();
        var unit = incidents.GetProperty("underRecordingUnit");
        return new SeedRun(options.Seed, known, unit.ValueKind == JsonValueKind.Null ? null : unit.GetString(), findings, sexualDisclosure, summary, rejections);
    }

    private static IEnumerable<string> ReadLines(MemoryStream bytes)
    {
        bytes.Position = 0;
        using var reader = new StreamReader(bytes, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private sealed record TrueOffence(string AllegationType, string Fate)
    {
        public bool IsSexual => AllegationType is "RAPE" or "ATTEMPTED_RAPE" or "SEXUAL_ASSAULT" or "OTHER_SEXUAL";
    }

    private sealed record TrueIncident(string IncidentId, IReadOnlyList<TrueOffence> Offences);

    private sealed record SeedRun(
        long Seed,
        IReadOnlyList<TrueIncident> Truth,
        string? UnderRecordingUnit,
        IReadOnlyDictionary<string, HashSet<string>> Findings,
        HashSet<string> SexualDisclosures,
        IncidentAuditSummary Summary,
        IReadOnlyList<string> Rejections)
    {
        public bool Fired(string incidentId, string ruleId) => Findings.TryGetValue(incidentId, out var rules) && rules.Contains(ruleId);

        public bool HasSexualDisclosure(string incidentId) => SexualDisclosures.Contains(incidentId);
    }
}
