using System.Text;
using System.Text.Json;
using Compliance.Rules.Calendar;
using Compliance.Rules.Incidents;
using Compliance.Rules.Packs;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Synthetic.Tests;

/// <summary>
/// What the generated incident logs are, read back with the strict reader: faithful to the code
/// scheme and the counting rules of their day, linked to the records, as noisy as the generator
/// says, and free of the truth.
/// </summary>
public sealed class GeneratedIncidentsTests
{
    /// <summary>From the Met's own codes to both NSIR lists, and across the April 2015 counting rules (N100).</summary>
    private static readonly Lazy<Generated> LongPeriod = new(() => Generate(new GeneratorOptions
    {
        Records = 6_000,
        Seed = 4_242,
        Scenario = GeneratorScenario.Sapphire,
        From = new DateOnly(2009, 1, 1),
        To = new DateOnly(2016, 12, 31),
    }));

    private static readonly Lazy<Generated> Default = new(() => Generate(new GeneratorOptions { Records = 3_000, Seed = 99, Scenario = GeneratorScenario.Sapphire }));

    [Fact]
    public void Every_incident_reads_without_rejection_and_has_a_unique_id()
    {
        foreach (var generated in new[] { LongPeriod.Value, Default.Value })
        {
            Assert.Empty(generated.Rejections);
            Assert.Equal(generated.Incidents.Count, generated.Incidents.Select(i => i.IncidentId).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(generated.Incidents.Count, generated.Truth.Count);
        }
    }

    [Fact]
    public void Codes_follow_the_scheme_of_their_day_FORCE_MPS_until_26_July_2010_then_NSIR_2007_then_NSIR_2011_from_April_2011()
    {
        var incidents = LongPeriod.Value.Incidents;
        foreach (var incident in incidents)
        {
            var day = WorkingDayCalendar.LondonDate(incident.ReceivedAt);
            var expected = day < new DateOnly(2010, 7, 26) ? "FORCE:MPS" : day < new DateOnly(2011, 4, 1) ? "NSIR-2007" : "NSIR-2011";
            Assert.Equal(expected, incident.CodeScheme);
        }

        // Every scheme is there, and the non-crime categories carry the names the pack's table uses.
        Assert.Equal(["FORCE:MPS", "NSIR-2007", "NSIR-2011"], incidents.Select(i => i.CodeScheme!).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(incidents, i => i.CodeScheme == "NSIR-2011" && i.OpeningCode == "CONCERN_FOR_SAFETY");
        Assert.Contains(incidents, i => i.CodeScheme == "NSIR-2007" && i.OpeningCode == "ROWDY_NUISANCE_BEHAVIOUR");
    }

    [Fact]
    public void No_incident_carries_an_N100_decision_where_the_counting_rules_of_its_day_do_not_say_N100_exists()
    {
        var timelines = RulePack.LoadBuiltIn().Timelines;
        var n100 = LongPeriod.Value.Incidents.Where(i => i.CrimeDecision?.Outcome == IncidentDecisionOutcome.N100).ToList();

        Assert.NotEmpty(n100);
        Assert.All(n100, i => Assert.True(timelines.CountingRules.At(i.ReceivedAt)?.HasN100 == true, $"{i.IncidentId} at {i.ReceivedAt:O}"));
        Assert.All(n100, i => Assert.True(i.ReceivedAt >= new DateTimeOffset(2015, 3, 31, 23, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Each_record_is_linked_to_its_own_incident_and_most_links_are_stated_both_ways()
    {
        var generated = Default.Value;
        var byId = generated.Incidents.ToDictionary(i => i.IncidentId, StringComparer.Ordinal);
        var listing = generated.Incidents.SelectMany(i => i.LinkedCrimeRecordIds.Select(r => (Record: r, Incident: i.IncidentId))).ToList();

        Assert.Equal(listing.Count, listing.Select(l => l.Record).Distinct(StringComparer.Ordinal).Count());
        var both = 0;
        foreach (var record in generated.Records)
        {
            var listedBy = listing.Where(l => l.Record == record.CrimeRecordId).Select(l => l.Incident).SingleOrDefault();
            var named = record.Incident.IncidentId;
            Assert.True(listedBy is not null || (named is not null && byId.ContainsKey(named)), $"{record.CrimeRecordId} is linked to no incident");
            if (listedBy is not null && named is not null)
            {
                Assert.Equal(named, listedBy);
                both++;
            }

            var incident = byId[listedBy ?? named!];
            Assert.Equal(record.Incident.ReportReceivedAt, incident.ReceivedAt);
            Assert.Equal(record.OwningUnit!.UnitId, incident.OwningUnit!.UnitId);
        }

        Assert.InRange(both / (double)generated.Records.Count, 0.85, 0.99);
    }

    [Fact]
    public void The_truth_is_kept_out_of_the_logs_and_the_records_are_the_same_bytes_with_or_without_them()
    {
        var options = new GeneratorOptions { Records = 300, Seed = 5, Scenario = GeneratorScenario.Sapphire };
        using var alone = new MemoryStream();
        SyntheticRecords.WriteJsonLines(options, alone);
        using var records = new MemoryStream();
        using var incidents = new MemoryStream();
        using var truth = new MemoryStream();
        var counts = SyntheticRecords.WriteJsonLines(options, records, truth, incidents);
        using var withoutTruth = new MemoryStream();
        using var incidentsWithoutTruth = new MemoryStream();
        SyntheticRecords.WriteJsonLines(options, new MemoryStream(), null, incidentsWithoutTruth);

        Assert.Equal(300, counts.Records);
        Assert.Equal(alone.ToArray(), records.ToArray());
        Assert.Equal(incidents.ToArray(), incidentsWithoutTruth.ToArray());
        var text = Encoding.UTF8.GetString(incidents.ToArray());
        Assert.Equal(counts.Incidents, text.Count(c => c == '\n'));
        foreach (var word in new[] { "\"fate\"", "UNRECORDED", "RECORDED_LATE", "NOT_RECORDED_LAWFULLY", "truth", "\"offences\"" })
        {
            Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_share_of_true_sexual_offences_shows_neither_a_qualifier_nor_a_disclosure_and_some_are_disclosed_only_later()
    {
        var generated = Default.Value;
        var byId = generated.Incidents.ToDictionary(i => i.IncidentId, StringComparer.Ordinal);
        var sexual = generated.Truth.Where(t => t.Offences.Any(IsSexual)).Select(t => byId[t.IncidentId]).ToList();
        var hidden = sexual.Count(i => !i.Qualifiers.Contains(IncidentQualifier.Sexual) && !i.Disclosures.Any(d => IsSexual(d.AllegationType.ToString())));
        var later = sexual.Count(i => i.Disclosures.Any(d => d.Source is DisclosureSource.Statement or DisclosureSource.AbeInterview));

        Assert.True(sexual.Count > 300, $"only {sexual.Count} true sexual offences");
        Assert.InRange(hidden / (double)sexual.Count, 0.04, 0.14);
        Assert.InRange(later / (double)sexual.Count, 0.08, 0.3);
    }

    [Fact]
    public void Some_true_assaults_are_coded_as_a_concern_for_safety_without_a_violence_disclosure()
    {
        var generated = Default.Value;
        var byId = generated.Incidents.ToDictionary(i => i.IncidentId, StringComparer.Ordinal);
        var assaults = generated.Truth.Where(t => t.Offences.Any(o => o.Allegation == "VIOLENCE")).Select(t => byId[t.IncidentId]).ToList();
        var asConcern = assaults.Count(i => i.OpeningCode == "CONCERN" && !i.Disclosures.Any(d => d.AllegationType == AllegationType.Violence));

        Assert.True(assaults.Count > 300, $"only {assaults.Count} true assaults");
        Assert.InRange(asConcern / (double)assaults.Count, 0.08, 0.22);
    }

    [Fact]
    public void The_under_recording_unit_leaves_about_half_its_sexual_offences_unrecorded_and_the_others_about_one_in_twenty()
    {
        var truth = Default.Value.Truth;
        double Share(Func<TruthEvent, bool> unit)
        {
            var offences = truth.Where(unit).SelectMany(t => t.Offences).Where(IsSexual).Where(o => o.Fate is not "NOT_RECORDED_LAWFULLY").ToList();
            return offences.Count(o => o.Fate == "UNRECORDED") / (double)offences.Count;
        }

        Assert.Equal("SW-SAPPHIRE", Default.Value.UnderRecordingUnit);
        Assert.InRange(Share(t => t.UnitId == "SW-SAPPHIRE"), 0.42, 0.58);
        Assert.InRange(Share(t => t.UnitId is "LB-SAPPHIRE" or "LW-SAPPHIRE"), 0.01, 0.1);
    }

    private static bool IsSexual(TruthOffence offence) => IsSexual(offence.Allegation);

    private static bool IsSexual(string allegation) => allegation.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant()
        is "RAPE" or "ATTEMPTEDRAPE" or "SEXUALASSAULT" or "OTHERSEXUAL";

    private static Generated Generate(GeneratorOptions options)
    {
        using var records = new MemoryStream();
        using var truth = new MemoryStream();
        using var incidents = new MemoryStream();
        SyntheticRecords.WriteJsonLines(options, records, truth, incidents);
        incidents.Position = 0;
        var read = new IncidentReader().Read(incidents, "incidents.jsonl", RecordInputFormat.JsonLines).ToList();
        using var document = JsonDocument.Parse(truth.ToArray());
        var known = document.RootElement.GetProperty("incidents");
        var events = known.GetProperty("events").EnumerateArray().Select(e => new TruthEvent(
            e.GetProperty("incidentId").GetString()!,
            e.GetProperty("unitId").GetString()!,
            [.. e.GetProperty("offences").EnumerateArray().Select(o => new TruthOffence(o.GetProperty("allegationType").GetString()!, o.GetProperty("fate").GetString()!))])).ToList();
        return new Generated(
            [.. Encoding.UTF8.GetString(records.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(RecordJson.Parse)],
            [.. read.OfType<ParsedIncident>().Select(p => p.Incident)],
            [.. read.OfType<Rejection>().Select(r => r.ToString())],
            events,
            known.GetProperty("underRecordingUnit").GetString());
    }

    private sealed record TruthOffence(string Allegation, string Fate);

    private sealed record TruthEvent(string IncidentId, string UnitId, IReadOnlyList<TruthOffence> Offences);

    private sealed record Generated(
        IReadOnlyList<CrimeRecord> Records,
        IReadOnlyList<IncidentLog> Incidents,
        IReadOnlyList<string> Rejections,
        IReadOnlyList<TruthEvent> Truth,
        string? UnderRecordingUnit);
}
