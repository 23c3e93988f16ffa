using System.Text;
using Compliance.Rules.Packs;
using Compliance.Rules.Sampling;

namespace Compliance.Rules.Tests.Sampling;

public sealed class SamplingPlanTests
{
    private static readonly RulePack Pack = RulePack.LoadBuiltIn();

    [Fact]
    public void The_example_plan_without_its_incident_stratum_loads_with_default_groups()
    {
        var plan = Load("""
            { "planId": "XX-2025-H2", "adjudicator": "FORCE_CRIME_REGISTRAR", "seedSource": "s",
              "period": { "from": "2025-07-01", "to": "2026-01-01" },
              "strata": [
                { "id": "rape-cancellations", "population": "record", "decision": "cancellation", "where": "IsRapeRecord && Record.Cancellation != null", "n": 20 },
                { "id": "violence-cancellations", "population": "record", "decision": "cancellation", "where": "CurrentGroup == \"VIOLENCE\" && Record.Cancellation != null", "n": 20 },
                { "id": "n100", "population": "record", "decision": "n100", "where": "true", "n": 20 } ] }
            """);

        Assert.Equal(["rape-cancellations", "violence-cancellations", "n100"], plan.Strata.Select(s => s.Id));
        Assert.Equal(["cancellation", "n100"], plan.Combine.Select(g => g.Id));
        Assert.Equal(["rape-cancellations", "violence-cancellations"], plan.Combine[0].Strata);
        Assert.True(plan.InPeriod(new DateOnly(2025, 7, 1)));
        Assert.False(plan.InPeriod(new DateOnly(2026, 1, 1)));
        Assert.True(plan.InPeriod(new DateOnly(2025, 12, 31)));
        Assert.False(plan.InPeriod(new DateOnly(2025, 6, 30)));
    }

    [Fact]
    public void An_incident_stratum_reads_the_incident_facts()
    {
        var plan = Load("""
            { "planId": "P", "adjudicator": "INSPECTORATE",
              "strata": [
                { "id": "sexual", "population": "incident", "decision": "incident",
                  "where": "IsCrimeIndicative && IsClosed && Disclosures.Any(d => d.AllegationType == AllegationType.Rape) && Links.All(l => !l.Rejected && l.Outcome != RecordingOutcome.CrimeRecorded) && Incident.OwningUnit != null && Incident.OwningUnit.UnitId == \"U\" && Incident.ReceivedAt < AsOf",
                  "dateField": "Incident.ClosedAt", "expectedRate": 0.9, "margin": 0.03, "crimesPerIncident": 0.8 },
                { "id": "records", "population": "record", "decision": "recording", "where": "IsRapeRecord", "n": 5 } ] }
            """);

        Assert.True(plan.HasIncidentStrata);
        Assert.Equal(["incident", "recording"], plan.Combine.Select(g => g.Id));
    }

    [Theory]
    // The record vocabulary is not the incident one, and the other way round.
    [InlineData("incident", "incident", "IsRapeRecord", "Unknown identifier 'IsRapeRecord'")]
    [InlineData("incident", "incident", "Record.Cancellation != null", "Unknown identifier 'Record'")]
    [InlineData("record", "recording", "IsCrimeIndicative", "Unknown identifier 'IsCrimeIndicative'")]
    // The same allowlist: no reflection, no clock.
    [InlineData("incident", "incident", "Incident.GetType() != null", "disallowed")]
    [InlineData("incident", "incident", "Incident.ReceivedAt < DateTimeOffset.Now", "")]
    public void A_stratum_reads_only_the_vocabulary_of_its_population(string population, string decision, string where, string message)
    {
        var e = Assert.Throws<SamplingException>(() => Load($$"""
            { "planId": "P", "adjudicator": "INSPECTORATE",
              "strata": [
                { "id": "s", "population": "{{population}}", "decision": "{{decision}}", "where": "{{where}}", "n": 5 } ] }
            """));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.strata[0].where", problem.Path);
        Assert.Equal(3, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "a", "population": "record", "decision": "recording", "where": "true", "n": 5, "size": 3 }""", "$.strata[0].size", "unknown key")]
    [InlineData("""{ "id": "a", "population": "record", "decision": "recording", "where": "true", "n": "5" }""", "$.strata[0].n", "expected a whole number")]
    [InlineData("""{ "id": "a", "population": "record", "decision": "recording", "where": "DateTime.Now.Year > 2000", "n": 5 }""", "$.strata[0].where", "")]
    [InlineData("""{ "id": "a", "population": "record", "decision": "recording", "where": "IsRapeRecord &&", "n": 5 }""", "$.strata[0].where", "")]
    [InlineData("""{ "id": "a", "population": "record", "decision": "recording", "where": "true" }""", "$.strata[0]", "needs \"n\"")]
    [InlineData("""{ "id": "a", "population": "record", "decision": "recording", "where": "true", "n": 5, "margin": 0.1 }""", "$.strata[0].n", "not both")]
    [InlineData("""{ "id": "a", "population": "record", "decision": "recording", "where": "true", "expectedRate": 0.5, "margin": 0.6 }""", "$.strata[0].margin", "(0, 0.5]")]
    [InlineData("""{ "id": "a", "population": "record", "decision": "appeal", "where": "true", "n": 5 }""", "$.strata[0].decision", "not a decision")]
    [InlineData("""{ "id": "a:b", "population": "record", "decision": "recording", "where": "true", "n": 5 }""", "$.strata[0].id", "not an id")]
    [InlineData("""{ "id": "a", "population": "record", "decision": "recording", "where": "true", "dateField": "Record.CrimeRecordId", "n": 5 }""", "$.strata[0].dateField", "timestamp")]
    public void A_bad_stratum_is_an_error_at_its_path_on_line_3(string stratum, string path, string message)
    {
        var e = Assert.Throws<SamplingException>(() => Load($$"""
            { "planId": "P", "adjudicator": "FORCE_CRIME_REGISTRAR",
              "strata": [
                {{stratum}} ] }
            """));

        Assert.Contains(e.Problems, p => p.Path == path && p.Line == 3 && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_naming_an_unknown_stratum_is_an_error()
    {
        var e = Assert.Throws<SamplingException>(() => Load("""
            { "planId": "P", "adjudicator": "FORCE_CRIME_REGISTRAR",
              "strata": [ { "id": "a", "population": "record", "decision": "recording", "where": "true", "n": 5 } ],
              "combine": [ { "id": "g", "strata": ["a", "b"] } ] }
            """));

        Assert.Contains(e.Problems, p => p.Path == "$.combine[0].strata[1]" && p.Message.Contains("\"b\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var e = Assert.Throws<SamplingException>(() => Load("""
            { "planId": "P", "adjudicators": "X",
              "strata": [ { "id": "a", "population": "everyone", "decision": "recording", "where": "true", "n": -1 } ] }
            """));

        Assert.Contains(e.Problems, p => p.Path == "$.adjudicators");
        Assert.Contains(e.Problems, p => p.Path == "$.adjudicator");
        Assert.Contains(e.Problems, p => p.Path == "$.strata[0].population");
        Assert.Contains(e.Problems, p => p.Path == "$.strata[0].n");
    }

    [Fact]
    public void Pack_parameters_can_be_used_in_a_filter()
    {
        var plan = Load("""
            { "planId": "P", "adjudicator": "FORCE_CRIME_REGISTRAR",
              "strata": [ { "id": "serious", "population": "record", "decision": "recording", "where": "seriousGroups.Contains(CurrentGroup)", "n": 5 } ] }
            """);

        Assert.Single(plan.Strata);
    }

    private static SamplingPlan Load(string json) => SamplingPlan.Load(Encoding.UTF8.GetBytes(json), "plan.json", Pack);
}
