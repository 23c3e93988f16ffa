using Compliance.Rules.Records;
using Compliance.Synthetic;

namespace Compliance.Synthetic.Tests;

/// <summary>
/// The Sapphire unit must stand out the way the IPCC described, and the ordinary units must not:
/// checked on the data the audit issue names (seed 1, 20 000 records) from the records themselves.
/// </summary>
public sealed class SapphireScenarioTests
{
    private const string Sapphire = SyntheticRecords.SapphireUnitId;

    private static readonly Lazy<List<CrimeRecord>> Records = new(() =>
        SyntheticRecords.Generate(new GeneratorOptions { Records = 20_000, Seed = 1, Scenario = GeneratorScenario.Sapphire }).ToList());

    [Fact]
    public void Sapphire_cancels_about_a_third_of_its_rape_records_against_about_a_tenth_elsewhere()
    {
        var byUnit = UnitAuditFigures.ByUnit(Records.Value);
        var sapphire = byUnit[Sapphire];
        var others = byUnit.Where(u => u.Key != Sapphire && u.Value.RapeRecords > 0).Select(u => u.Value).ToList();

        Assert.InRange(sapphire.RapeCancellationRate, 0.25, 0.38);
        Assert.NotEmpty(others);
        Assert.All(others, unit => Assert.InRange(unit.RapeCancellationRate, 0.06, 0.16));
        var othersRate = (double)others.Sum(u => u.CancelledRapeRecords) / others.Sum(u => u.RapeRecords);
        Assert.True(sapphire.RapeCancellationRate > 2 * othersRate, $"{sapphire.RapeCancellationRate:P1} against {othersRate:P1}");
    }

    [Fact]
    public void Sapphire_seeks_retractions_and_nobody_else_does()
    {
        var retractions = Records.Value
            .SelectMany(r => r.Statements
                .Where(s => s.Type is StatementType.Retraction or StatementType.WithdrawalOfSupport)
                .Select(s => (Unit: r.OwningUnit!.UnitId, s.InitiatedBy, Requested: r.VictimContacts.Any(c => c.PurposeCode == ContactPurpose.RetractionRequest && c.At < s.TakenAt))))
            .ToList();
        var sapphire = retractions.Where(r => r.Unit == Sapphire).ToList();
        var elsewhere = retractions.Where(r => r.Unit != Sapphire).ToList();

        Assert.True(sapphire.Count >= 100, $"only {sapphire.Count} Sapphire retraction statements");
        Assert.InRange(sapphire.Count(r => r.InitiatedBy == StatementInitiator.Police) / (double)sapphire.Count, 0.30, 0.60);
        Assert.InRange(sapphire.Count(r => r.Requested) / (double)sapphire.Count, 0.55, 0.85);
        Assert.True(elsewhere.Count >= 100, $"only {elsewhere.Count} retraction statements elsewhere");
        Assert.DoesNotContain(elsewhere, r => r.InitiatedBy == StatementInitiator.Police || r.Requested);
    }

    [Fact]
    public void Sapphire_C2_cancellations_mostly_rest_on_the_retraction_itself()
    {
        var c2 = Records.Value.Where(r => r.OwningUnit!.UnitId == Sapphire && r.Cancellation?.Code == CancellationCode.C2).ToList();
        var onRetraction = c2.Count(r => r.AdditionalVerifiableInformation
            .Where(a => r.Cancellation!.AviRefs.Contains(a.AviId))
            .All(a => a.Type is AviType.VictimRetraction or AviType.VictimWithdrawalOfSupport or AviType.OfficerOpinion));

        Assert.True(c2.Count >= 100, $"only {c2.Count} Sapphire C2 cancellations");
        Assert.InRange(onRetraction / (double)c2.Count, 0.60, 0.95);
        Assert.All(c2, r => Assert.Equal(Sapphire, r.Officers.Single(o => o.OfficerRef == r.Cancellation!.AuthorisedByOfficerRef).UnitId));
    }

    [Fact]
    public void Sapphire_unit_fires_every_unit_audit_and_no_other_unit_fires_any()
    {
        var byUnit = UnitAuditFigures.ByUnit(Records.Value);
        var totalRape = byUnit.Values.Sum(u => u.RapeRecords);
        var totalCancelledRape = byUnit.Values.Sum(u => u.CancelledRapeRecords);
        string Fired(UnitAuditFigures u) =>
            (u.Audit002(totalRape - u.RapeRecords, totalCancelledRape - u.CancelledRapeRecords) ? "2" : "-")
            + (u.Audit003 ? "3" : "-") + (u.Audit004 ? "4" : "-") + (u.Audit005 ? "5" : "-");

        var fired = byUnit.OrderBy(u => u.Key, StringComparer.Ordinal).ToDictionary(u => u.Key, u => Fired(u.Value));

        Assert.Equal(11, fired.Count);
        Assert.Equal("2345", fired[Sapphire]);
        Assert.All(fired.Where(u => u.Key != Sapphire), u => Assert.Equal("----", u.Value));
    }

    [Fact]
    public void Sapphire_reported_detection_rate_stands_out_and_falls_when_bad_cancellations_are_counted()
    {
        var byUnit = UnitAuditFigures.ByUnit(Records.Value);
        var sapphire = byUnit[Sapphire];
        var ordinarySexualUnits = byUnit.Where(u => u.Key != Sapphire && u.Value.SexualRecords > 0).Select(u => u.Value).ToList();

        Assert.True(sapphire.ReportedDetectionRate - sapphire.CorrectedDetectionRate > 0.05);
        Assert.All(ordinarySexualUnits, unit =>
        {
            Assert.True(sapphire.ReportedDetectionRate > unit.ReportedDetectionRate + 0.04);
            Assert.True(unit.ReportedDetectionRate - unit.CorrectedDetectionRate < 0.01);
        });
    }

    [Fact]
    public void Non_specialists_question_Sapphire_victims_in_detail_first_and_rarely_anyone_else()
    {
        var byUnit = UnitAuditFigures.ByUnit(Records.Value);

        Assert.InRange(byUnit[Sapphire].SexualRecordsWithSexoff004 / (double)byUnit[Sapphire].SexualRecords, 0.65, 0.85);
        Assert.All(
            byUnit.Where(u => u.Key != Sapphire && u.Value.SexualRecords > 0),
            u => Assert.True(u.Value.SexualRecordsWithSexoff004 < 0.03 * u.Value.SexualRecords, u.Key));
    }

    [Fact]
    public void Sapphire_records_fall_in_the_IPCC_period_and_baseline_has_no_Sapphire_unit()
    {
        var ipccStart = new DateTimeOffset(2008, 7, 1, 0, 0, 0, TimeSpan.Zero);
        var ipccEnd = new DateTimeOffset(2009, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var sapphire = Records.Value.Where(r => r.OwningUnit!.UnitId == Sapphire).ToList();

        Assert.InRange(sapphire.Count, 900, 1500);
        Assert.All(sapphire, r => Assert.InRange(r.Incident.ReportReceivedAt, ipccStart, ipccEnd));
        Assert.All(sapphire, r => Assert.Equal(("SPECIALIST_SEXUAL_OFFENCES", "Southwark"), (r.OwningUnit!.UnitType, r.OwningUnit.Area)));

        var baselineUnits = SyntheticRecords.Generate(new GeneratorOptions { Records = 5_000, Seed = 1, Scenario = GeneratorScenario.Baseline })
            .Select(r => r.OwningUnit!.UnitId).Distinct().ToList();
        Assert.Equal(10, baselineUnits.Count);
        Assert.DoesNotContain(Sapphire, baselineUnits);
    }
}
