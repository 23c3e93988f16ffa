using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Compliance.Rules.Sampling;
using Compliance.Rules.Tests.BuiltInRules;
using Compliance.Rules.Tests.Incidents;
using static Compliance.Rules.Tests.Sampling.SamplingIncidents;

namespace Compliance.Rules.Tests.Sampling;

/// <summary>
/// Incident strata drawn from incident logs joined to their records. Sizes are worked out by hand
/// from n₀ = 1.96²·p(1 − p)/E² multiplied by designEffect/crimesPerIncident, then
/// n = ⌈n₀/(1 + (n₀ − 1)/N)⌉; ranks from SHA-256 digests computed with <c>sha256sum</c>.
/// </summary>
public sealed class IncidentSampleTests
{
    private const string Period2016 = """ "period": { "from": "2016-01-01", "to": "2017-01-01" } """;

    [Theory]
    // multiplier 1.5/1.5 = 1: the published (0.9, 0.03, N = 1 000) → ⌈384.16/1.38316⌉ = ⌈277.74⌉ = 278.
    [InlineData("\"crimesPerIncident\": 1.5", 278)]
    // 384.16·1.5/0.8 = 720.3; ⌈720.3/(1 + 719.3/1000)⌉ = ⌈418.95⌉ = 419.
    [InlineData("\"crimesPerIncident\": 0.8", 419)]
    // 384.16·1.0/0.8 = 480.2; ⌈480.2/(1 + 479.2/1000)⌉ = ⌈324.63⌉ = 325.
    [InlineData("\"crimesPerIncident\": 0.8, \"designEffect\": 1.0", 325)]
    public void An_incident_stratum_is_sized_from_crimes_per_incident_and_the_design_effect(string sizing, long expected)
    {
        var sample = Draw($$"""
            { "planId": "INC-2016", "adjudicator": "INSPECTORATE", {{Period2016}},
              "strata": [ { "id": "indicative", "population": "incident", "decision": "incident", "where": "IsCrimeIndicative",
                            "expectedRate": 0.9, "margin": 0.03, {{sizing}} } ] }
            """, Calls("I", 1000));

        var stratum = Assert.Single(sample.Strata);
        Assert.Equal((1000L, expected), (stratum.N, stratum.SampleSize));
        Assert.Equal(StratumPopulation.Incident, stratum.Population);
        Assert.Equal(SampledDecision.Incident, stratum.Decision);
        Assert.Equal(expected, sample.Items.Count);
        Assert.All(sample.Items, i => Assert.StartsWith("incident:I-", i.ItemKey, StringComparison.Ordinal));
    }

    [Fact]
    public void Incidents_fall_into_the_first_incident_stratum_they_match()
    {
        // 20 rape calls (both filters match: the first takes them), 30 violence calls, 10 calls about nothing criminal.
        // Rape: 34.5744·1.2/1.5 = 27.6595; ⌈27.6595/(1 + 26.6595/20)⌉ = ⌈11.856⌉ = 12.
        // Violence: 34.5744·1.5/0.8 = 64.8270; ⌈64.8270/(1 + 63.8270/30)⌉ = ⌈20.728⌉ = 21.
        var sample = Draw($$"""
            { "planId": "INC-2016", "adjudicator": "INSPECTORATE", {{Period2016}},
              "strata": [
                { "id": "rape", "population": "incident", "decision": "incident", "where": "Disclosures.Any(d => d.AllegationType == AllegationType.Rape)",
                  "expectedRate": 0.9, "margin": 0.1, "crimesPerIncident": 1.5, "designEffect": 1.2 },
                { "id": "indicative", "population": "incident", "decision": "incident", "where": "IsCrimeIndicative",
                  "expectedRate": 0.9, "margin": 0.1, "crimesPerIncident": 0.8 } ] }
            """, [.. Calls("R", 20), .. Calls("V", 30, AllegationType.Violence), .. Calls("O", 10, AllegationType.Other)]);

        var strata = sample.Strata.ToDictionary(s => s.Id);
        Assert.Equal((20L, 12L), (strata["rape"].N, strata["rape"].SampleSize));
        Assert.Equal((30L, 21L), (strata["indicative"].N, strata["indicative"].SampleSize));
        Assert.All(sample.Items.Where(i => i.StratumId == "rape"), i => Assert.StartsWith("incident:R-", i.ItemKey, StringComparison.Ordinal));
        Assert.All(sample.Items.Where(i => i.StratumId == "indicative"), i => Assert.StartsWith("incident:V-", i.ItemKey, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, 21).Select(i => (long)i), sample.Items.Where(i => i.StratumId == "indicative").Select(i => i.Rank));
        Assert.Equal(0, sample.OutOfFrame);
    }

    [Fact]
    public void The_period_holds_incidents_by_their_London_date_of_receipt_at_each_edge()
    {
        // [2016-01-01, 2016-07-01) in London: the end falls in summer time, so 2016-06-30T23:00Z is already 1 July.
        var sample = Draw("""
            { "planId": "INC-2016", "adjudicator": "INSPECTORATE", "period": { "from": "2016-01-01", "to": "2016-07-01" },
              "strata": [ { "id": "all", "population": "incident", "decision": "incident", "where": "true", "n": 100 } ] }
            """,
            [
                Call("BEFORE-START", TestRecords.At("2015-12-31T23:59:59Z")),
                Call("AT-START", TestRecords.At("2016-01-01T00:00:00Z")),
                Call("AFTER-START", TestRecords.At("2016-01-01T00:00:01Z")),
                Call("BEFORE-END", TestRecords.At("2016-06-30T22:59:59Z")),
                Call("AT-END", TestRecords.At("2016-06-30T23:00:00Z")),
                Call("AFTER-END", TestRecords.At("2016-06-30T23:00:01Z")),
            ]);

        Assert.Equal(3, Assert.Single(sample.Strata).N);
        Assert.Equal(["incident:AFTER-START", "incident:AT-START", "incident:BEFORE-END"], sample.Items.Select(i => i.ItemKey).Order(StringComparer.Ordinal));
        Assert.Equal(0, sample.OutOfFrame);
    }

    [Fact]
    public void A_date_field_without_a_value_puts_the_incident_out_of_frame()
    {
        var reviewed = Call("REVIEWED", TestRecords.At("2016-03-01T10:00:00Z"));
        var sample = Draw("""
            { "planId": "INC-2016", "adjudicator": "INSPECTORATE", "period": { "from": "2016-01-01", "to": "2017-01-01" },
              "strata": [ { "id": "reviews", "population": "incident", "decision": "incident", "where": "true",
                            "dateField": "Incident.SupervisorReviewedAt", "n": 10 } ] }
            """,
            [
                reviewed,
                reviewed with { IncidentId = "NOT-REVIEWED-1", SupervisorReviewedAt = null, SupervisorReviewedByOfficerRef = null },
                reviewed with { IncidentId = "NOT-REVIEWED-2", SupervisorReviewedAt = null, SupervisorReviewedByOfficerRef = null },

                // Received in the period, but reviewed on the first day after it: outside the period, not out of frame.
                reviewed with { IncidentId = "REVIEWED-LATE", ReceivedAt = TestRecords.At("2016-12-30T10:00:00Z"), Disclosures = [TestIncidents.Disclose(TestRecords.At("2016-12-30T10:00:00Z"), DisclosureSource.Call, AllegationType.Rape)], ClosedAt = TestRecords.At("2016-12-31T10:00:00Z"), SupervisorReviewedAt = TestRecords.At("2017-01-01T00:00:00Z") },
            ]);

        Assert.Equal(1, Assert.Single(sample.Strata).N);
        Assert.Equal("incident:REVIEWED", Assert.Single(sample.Items).ItemKey);
        Assert.Equal(2, sample.OutOfFrame);
    }

    [Fact]
    public void Links_either_way_are_facts_of_the_filter_and_each_item_carries_its_incident_findings()
    {
        // INC-1 lists the recorded rape CR-TEST-1 (answered); INC-3 lists nothing but CR-NAMES-3 names it
        // (a one-sided link, still a link); INC-2 has no link: its rape disclosure is unanswered, so
        // INCIDENT-001 and INCIDENT-002 fire on it; INC-4 is about nothing criminal.
        var namesInc3 = TestRecords.Clean with { CrimeRecordId = "CR-NAMES-3", Incident = TestRecords.Clean.Incident with { IncidentId = "INC-3" } };
        var plan = Plan("""
            { "planId": "INC-2016", "adjudicator": "INSPECTORATE", "period": { "from": "2016-01-01", "to": "2017-01-01" },
              "strata": [
                { "id": "unlinked", "population": "incident", "decision": "incident", "where": "IsCrimeIndicative && Links.Count == 0", "n": 10 },
                { "id": "recorded", "population": "incident", "decision": "incident", "where": "Links.Any(l => l.Outcome == RecordingOutcome.CrimeRecorded && !l.Rejected)", "n": 10 },
                { "id": "rest", "population": "incident", "decision": "incident", "where": "true", "n": 10 } ] }
            """);
        var incidents = AsRead(
        [
            TestIncidents.Clean,
            TestIncidents.Clean with { IncidentId = "INC-2", LinkedCrimeRecordIds = [] },
            TestIncidents.Clean with { IncidentId = "INC-3", LinkedCrimeRecordIds = [] },
            Call("INC-4", TestIncidents.Received, AllegationType.Other),
        ]);

        var sample = Draw(plan, [TestRecords.Clean, namesInc3], incidents);

        var items = sample.Items.ToDictionary(i => i.ItemKey);
        Assert.Equal("unlinked", items["incident:INC-2"].StratumId);
        Assert.Equal("recorded", items["incident:INC-1"].StratumId);
        Assert.Equal("recorded", items["incident:INC-3"].StratumId);
        Assert.Equal("rest", items["incident:INC-4"].StratumId);
        Assert.Equal(["INCIDENT-001", "INCIDENT-002"], items["incident:INC-2"].Findings);
        Assert.Empty(items["incident:INC-1"].Findings);
        Assert.Empty(items["incident:INC-3"].Findings);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_link_to_a_rejected_record_is_a_rejected_link_and_gives_no_finding(bool told)
    {
        // INC-R lists CR-REJ, whose line the record reader rejected; its rape disclosure is otherwise
        // unanswered. Told of the rejection, the drawer links them: the rules that would depend on the
        // record report errors, not findings. Not told, CR-REJ is simply absent: INCIDENT-001 and 002 fire.
        var plan = Plan("""
            { "planId": "INC-2016", "adjudicator": "INSPECTORATE",
              "strata": [
                { "id": "rejected-links", "population": "incident", "decision": "incident", "where": "Links.Any(l => l.Rejected)", "n": 10 },
                { "id": "rest", "population": "incident", "decision": "incident", "where": "true", "n": 10 } ] }
            """);
        using var drawer = new SampleDrawer(plan, SamplingIncidents.Engine, 42, TestRecords.AsOf, includesIncidents: true);
        if (told)
        {
            drawer.Reject(new Rejection(RejectionCode.InvalidRecord, "bad", "records.jsonl", 1, "$.reportedAt") { Id = "CR-REJ" });
        }
        else
        {
            drawer.Reject();
        }

        drawer.AddIncidents(AsRead([TestIncidents.Clean with { IncidentId = "INC-R", LinkedCrimeRecordIds = ["CR-REJ"] }]));
        var item = Assert.Single(drawer.Complete(blind: true, []).Items);

        Assert.Equal(told ? "rejected-links" : "rest", item.StratumId);
        Assert.Equal(told ? [] : ["INCIDENT-001", "INCIDENT-002"], item.Findings);
    }

    [Fact]
    public void Items_are_ranked_by_the_digest_of_seed_plan_stratum_and_incident_key()
    {
        // sha256("42:INC-2016:all:incident:I-A") = 11d2586f…, "…:I-C" = 42d4b024…, "…:I-B" = 4308f070….
        var at = TestRecords.At("2016-05-01T10:00:00Z");
        var sample = Draw("""
            { "planId": "INC-2016", "adjudicator": "INSPECTORATE", "period": { "from": "2016-01-01", "to": "2017-01-01" },
              "strata": [ { "id": "all", "population": "incident", "decision": "incident", "where": "true", "n": 3 } ] }
            """, [Call("I-B", at), Call("I-C", at), Call("I-A", at)]);

        Assert.Equal(["incident:I-A", "incident:I-C", "incident:I-B"], sample.Items.Select(i => i.ItemKey));
        Assert.Equal([1L, 2L, 3L], sample.Items.Select(i => i.Rank));
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_whatever_the_order_of_incidents_and_records()
    {
        const string PlanJson = """
            { "planId": "INC-2016", "adjudicator": "INSPECTORATE", "period": { "from": "2016-01-01", "to": "2017-01-01" },
              "strata": [
                { "id": "recording", "population": "record", "decision": "recording", "where": "true", "n": 5 },
                { "id": "indicative", "population": "incident", "decision": "incident", "where": "IsCrimeIndicative", "expectedRate": 0.9, "margin": 0.1, "crimesPerIncident": 0.8 } ] }
            """;
        var incidents = Calls("I", 200).Concat(Calls("O", 20, AllegationType.Other)).ToArray();
        var records = SamplingRecords.Make();

        var first = SamplingIncidents.Json(Draw(Plan(PlanJson), records, AsRead(incidents), seed: 7));
        var again = SamplingIncidents.Json(Draw(Plan(PlanJson), records.Reverse(), AsRead(incidents.AsEnumerable().Reverse()), seed: 7));
        var other = Draw(Plan(PlanJson), records, AsRead(incidents), seed: 8);

        Assert.Equal(first, again);
        Assert.NotEqual(
            SampleJson.Read(System.Text.Encoding.UTF8.GetBytes(first), "sample.json").Items.Where(i => i.StratumId == "indicative").Select(i => i.ItemKey),
            other.Items.Where(i => i.StratumId == "indicative").Select(i => i.ItemKey));
    }

    [Fact]
    public void Rejected_incidents_are_counted_and_never_drawn()
    {
        var plan = Plan("""
            { "planId": "INC-2016", "adjudicator": "INSPECTORATE",
              "strata": [ { "id": "all", "population": "incident", "decision": "incident", "where": "true", "n": 10 } ] }
            """);
        ReadResult[] incidents =
        [
            .. AsRead(Calls("I", 3)),
            new Rejection(RejectionCode.InvalidIncident, "bad", "incidents.jsonl", 4, "$.receivedAt"),
            new Rejection(RejectionCode.DuplicateIncidentId, "again", "incidents.jsonl", 5, "$.incidentId"),
        ];
        using var drawer = new SampleDrawer(plan, SamplingIncidents.Engine, 42, TestRecords.AsOf, includesIncidents: true);
        var told = new List<long>();

        drawer.AddIncidents(incidents, rejection => told.Add(rejection.Line));
        var sample = drawer.Complete(blind: true, []);

        Assert.Equal([4L, 5L], told);
        Assert.Equal((5L, 2L), (drawer.IncidentsRead, drawer.RejectedIncidents));
        Assert.Equal((0L, 2L), (sample.RejectedRecords, sample.RejectedIncidents));
        Assert.Equal(3, Assert.Single(sample.Strata).N);
    }

    [Fact]
    public void A_plan_with_incident_strata_cannot_be_completed_without_incidents()
    {
        var plan = Plan("""
            { "planId": "INC-2016", "adjudicator": "INSPECTORATE",
              "strata": [ { "id": "all", "population": "incident", "decision": "incident", "where": "true", "n": 10 } ] }
            """);
        using var withoutIncidents = new SampleDrawer(plan, SamplingIncidents.Engine, 42, TestRecords.AsOf, includesIncidents: false);
        using var withIncidents = new SampleDrawer(plan, SamplingIncidents.Engine, 42, TestRecords.AsOf, includesIncidents: true);

        Assert.True(plan.HasIncidentStrata);
        Assert.Throws<InvalidOperationException>(() => withoutIncidents.Complete(blind: true, []));
        Assert.Throws<InvalidOperationException>(() => withoutIncidents.AddIncidents([]));
        Assert.Throws<InvalidOperationException>(() => withIncidents.Complete(blind: true, []));
    }
}
