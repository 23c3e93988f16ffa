using System.Text.Json.Nodes;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Cli.Tests.Incidents;

namespace Compliance.Cli.Tests.Commands;

/// <summary>
/// <c>compliance sample --incidents</c> and <c>compliance estimate</c> on incident items, in process,
/// on the incident fixture (5 records, 1 of them rejected; 5 incident lines: INC-1 with no finding,
/// INC-2 with INCIDENT-001, 002 and 004, INC-3 with INCIDENT-001, 2 lines rejected). Ranks in the
/// incident stratum, from <c>sha256sum</c>: "42:FIX-INC:incidents:incident:INC-3" = 6428dab3…,
/// "…:INC-2" = d3a7e5ce…, "…:INC-1" = f7a62087…, so n = 2 draws INC-3, then INC-2.
/// </summary>
public sealed class IncidentSamplingCommandTests : IDisposable
{
    private const string Plan = """
        { "planId": "FIX-INC", "adjudicator": "INSPECTORATE", "seedSource": "test",
          "period": { "from": "2008-01-01", "to": "2010-01-01" },
          "strata": [
            { "id": "records", "population": "record", "decision": "recording", "where": "true", "n": 4 },
            { "id": "incidents", "population": "incident", "decision": "incident", "where": "true", "n": 2 } ] }
        """;

    private readonly AuditFiles _files = new();

    public IncidentSamplingCommandTests()
    {
        _files.Write("plan.json", Plan);
        _files.Write("records.jsonl", IncidentFixture.Records());
        _files.Write("incidents.jsonl", IncidentFixture.Incidents());
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Incident_strata_are_drawn_from_the_incident_logs_with_rejections_counted_by_kind()
    {
        var (exit, _, error) = Sample("--worksheet", _files.PathOf("sheet.csv"), "--worksheet-findings");

        Assert.True(exit == 0, error);
        var sample = JsonNode.Parse(File.ReadAllText(_files.PathOf("sample.json")))!;
        Assert.Equal(1, (long)sample["rejected"]!["records"]!);
        Assert.Equal(2, (long)sample["rejected"]!["incidents"]!);
        var inputs = sample["inputs"]!.AsArray().Select(i => ((long)i!["records"]!, (long)i["incidents"]!)).Order().ToArray();
        Assert.Equal([(0L, 5L), (5L, 0L)], inputs);
        var incidents = sample["strata"]!.AsArray().Single(s => (string)s!["id"]! == "incidents")!;
        Assert.Equal(("incident", "incident", 3L, 2L), ((string)incidents["population"]!, (string)incidents["decision"]!, (long)incidents["N"]!, (long)incidents["n"]!));
        var items = sample["items"]!.AsArray().Where(i => (string)i!["stratumId"]! == "incidents").ToArray();
        Assert.Equal(["incident:INC-3", "incident:INC-2"], items.Select(i => (string)i!["itemKey"]!));
        Assert.Equal(["INCIDENT-001", "INCIDENT-002", "INCIDENT-004"], items[1]!["findings"]!.AsArray().Select(f => (string)f!));

        var sheet = File.ReadAllLines(_files.PathOf("sheet.csv"));
        Assert.Contains("FIX-INC,incident:INC-3,incidents,1,INCIDENT-001,,,,,,,,,,,", sheet);
        Assert.Contains("FIX-INC,incident:INC-2,incidents,2,INCIDENT-001|INCIDENT-002|INCIDENT-004,,,,,,,,,,,", sheet);
        Assert.Contains("5 incidents read, 2 rejected", error, StringComparison.Ordinal);
    }

    [Theory]
    // Records: 1 of 5 rejected (20%); incidents: 2 of 5 (40%). Each kind is held to the limit on its own.
    [InlineData("2", 0)]
    [InlineData("1", 4)]
    [InlineData("0", 4)]
    [InlineData("40%", 0)]
    [InlineData("39.9%", 4)]
    public void Max_rejected_applies_to_records_and_incidents_separately(string limit, int expected)
    {
        var (exit, _, error) = Sample("--max-rejected", limit);

        Assert.Equal(expected, exit);
        Assert.True(File.Exists(_files.PathOf("sample.json")));
        Assert.Equal(expected == 4, error.Contains("2 of 5 incidents were rejected", StringComparison.Ordinal));
        Assert.Equal(limit == "0", error.Contains("1 of 5 records were rejected", StringComparison.Ordinal));
    }

    [Fact]
    public void An_incident_stratum_without_incident_logs_is_a_usage_error()
    {
        var (exit, _, error) = CliSampling.Run(["sample", _files.PathOf("records.jsonl"), "--plan", _files.PathOf("plan.json"), "--seed", "42", "--as-of", IncidentFixture.AsOf, "--output", _files.PathOf("sample.json")]);

        Assert.Equal(2, exit);
        Assert.Contains("the plan's incident strata (incidents) are drawn from incident logs: give them with --incidents", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_files.PathOf("sample.json")));
    }

    [Fact]
    public void A_file_given_as_records_and_as_incidents_is_a_usage_error()
    {
        var (exit, _, error) = CliSampling.Run(["sample", _files.PathOf("records.jsonl"), "--incidents", _files.PathOf("records.jsonl"), "--plan", _files.PathOf("plan.json"), "--seed", "42", "--as-of", IncidentFixture.AsOf, "--output", _files.PathOf("sample.json")]);

        Assert.Equal(2, exit);
        Assert.Contains("is also given as a crime-record input", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_cannot_be_an_incident_input()
    {
        var (exit, _, error) = CliSampling.Run(["sample", _files.PathOf("records.jsonl"), "--incidents", _files.PathOf("incidents.jsonl"), "--plan", _files.PathOf("plan.json"), "--seed", "42", "--as-of", IncidentFixture.AsOf, "--output", _files.PathOf("incidents.jsonl")]);

        Assert.Equal(2, exit);
        Assert.Contains("is an input file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_estimate_gives_the_recording_rate_and_scores_the_incident_rules_against_the_verdicts()
    {
        Assert.Equal(0, Sample().Exit);
        var verdicts = _files.Write("v.jsonl", string.Join("\n", new[] { "CR-1", "CR-2", "CR-3", "CR-4" }.Select(id =>
            $$"""{"planId":"FIX-INC","itemKey":"record:{{id}}","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","decisionCorrect":true}""")) + "\n" + """
            {"planId":"FIX-INC","itemKey":"incident:INC-2","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","shouldHaveBeenRecorded":2,"recorded":1,"correctlyRecorded":1,"errorReasons":["NOT_RECORDED"]}
            {"planId":"FIX-INC","itemKey":"incident:INC-3","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","shouldHaveBeenRecorded":1,"recorded":1,"correctlyRecorded":0,"errorReasons":["WRONG_CODE"]}
            """);

        var (exit, output, error) = CliSampling.Run(["estimate", "--sample", _files.PathOf("sample.json"), "--verdicts", verdicts, "--format", "json"]);

        Assert.True(exit == 0, error);
        var report = JsonNode.Parse(output)!;
        var stratum = report["strata"]!.AsArray().Single(s => (string)s!["id"]! == "incidents")!;
        Assert.Equal((2L, 2L), ((long)stratum["reviewed"]!, (long)stratum["incorrect"]!));
        Assert.Equal(2.0 / 3, (double)stratum["recordingRate"]!, 12);

        // N 3, n 2, (x, y) = (2, 1) and (1, 1): R̂ = 2/3, X̂ = 3·1.5 = 4.5; d = −1/3, +1/3, s²_d = 2/9;
        // V̂ = 4.5⁻²·3²·(1 − 2/3)·(2/9)/2 = 0.0164609; n* = (2/9)/V̂ = 13.5, capped at Σx = 3;
        // Wilson at 2/3 with n 3: 20.766% – 93.851%.
        var rate = report["recording"]!["rate"]!;
        Assert.Equal(2.0 / 3, (double)rate["estimate"]!, 12);
        Assert.Equal(0.0164609, (double)rate["variance"]!, 7);
        Assert.Equal(3, (double)rate["effectiveN"]!, 12);
        Assert.Equal(0.207660, (double)rate["low"]!, 5);
        Assert.Equal(0.938508, (double)rate["high"]!, 5);

        // Accuracy: y = correctlyRecorded = 1, 0: R̂ = 1/3, the same residual variance, the mirrored interval.
        var accuracy = report["recording"]!["accuracy"]!;
        Assert.Equal(1.0 / 3, (double)accuracy["estimate"]!, 12);
        Assert.Equal(0.061492, (double)accuracy["low"]!, 5);
        Assert.Equal(0.792340, (double)accuracy["high"]!, 5);

        // INCIDENT-001 fired on both, confirmed (recorded < should) on INC-2 only; INCIDENT-002 fired on INC-2 and is confirmed.
        var rules = report["rules"]!.AsArray().ToDictionary(r => (string)r!["ruleId"]!);
        Assert.Equal((2L, 1L), ((long)rules["INCIDENT-001"]!["fired"]!, (long)rules["INCIDENT-001"]!["firedConfirmed"]!));
        Assert.Equal(0.5, (double)rules["INCIDENT-001"]!["precisionInSample"]!, 12);
        Assert.Equal((1L, 1L), ((long)rules["INCIDENT-002"]!["fired"]!, (long)rules["INCIDENT-002"]!["firedConfirmed"]!));
        Assert.Equal("recorded<shouldHaveBeenRecorded", (string)rules["INCIDENT-002"]!["judgedBy"]!);
        Assert.Equal(0, (long)rules["INCIDENT-003"]!["fired"]!);
        Assert.Null(rules["INCIDENT-004"]!["judgedBy"]);
    }

    [Fact]
    public void Incident_logs_split_over_files_in_another_order_give_the_same_strata_and_items()
    {
        Assert.Equal(0, Sample().Exit);
        var whole = JsonNode.Parse(File.ReadAllText(_files.PathOf("sample.json")))!.AsObject();
        var first = _files.Write("part-1.jsonl", string.Join("\n", IncidentFixture.Inc3, IncidentFixture.IncBad, IncidentFixture.Inc2) + "\n");
        var second = _files.Write("part-2.jsonl", string.Join("\n", IncidentFixture.Inc1, IncidentFixture.Inc2Duplicate) + "\n");

        var (exit, _, error) = CliSampling.Run(["sample", _files.PathOf("records.jsonl"), "--incidents", first, second, "--plan", _files.PathOf("plan.json"), "--seed", "42", "--as-of", IncidentFixture.AsOf, "--output", _files.PathOf("split.json")]);

        Assert.True(exit == 0, error);
        var split = JsonNode.Parse(File.ReadAllText(_files.PathOf("split.json")))!.AsObject();
        Assert.Equal(3, split["inputs"]!.AsArray().Count);
        whole.Remove("inputs");
        split.Remove("inputs");
        Assert.Equal(whole.ToJsonString(), split.ToJsonString());
    }

    [Fact]
    public void Crime_counts_filled_in_the_worksheet_read_back_into_the_recording_rate()
    {
        Assert.Equal(0, Sample("--worksheet", _files.PathOf("sheet.csv")).Exit);
        var lines = File.ReadAllText(_files.PathOf("sheet.csv")).Split("\r\n").ToList();
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(',');
            cells[Column("reviewerRef")] = "R1";
            cells[Column("reviewedAt")] = "2026-01-12 10:00";
            (string Should, string Recorded, string Correctly, string Reasons)? counts = cells[Column("itemKey")] switch
            {
                "incident:INC-2" => ("2", "1", "1", "NOT_RECORDED"),
                "incident:INC-3" => ("1", "1", "0", "WRONG_CODE"),
                _ => null,
            };
            if (counts is { } c)
            {
                (cells[Column("shouldHaveBeenRecorded")], cells[Column("recorded")], cells[Column("correctlyRecorded")], cells[Column("errorReasons")]) = c;
            }
            else
            {
                cells[Column("decisionCorrect")] = "TRUE";
            }

            lines[i] = string.Join(',', cells);
        }

        _files.Write("filled.csv", string.Join("\r\n", lines));

        var (exit, output, error) = CliSampling.Run(["estimate", "--sample", _files.PathOf("sample.json"), "--verdicts", _files.PathOf("filled.csv"), "--format", "json"]);

        // The same verdicts as the JSON Lines test above: R̂ = 2/3 and accuracy 1/3.
        Assert.True(exit == 0, error);
        var report = JsonNode.Parse(output)!;
        Assert.Equal(0, (long)report["notYetReviewed"]!);
        Assert.Equal(2.0 / 3, (double)report["recording"]!["rate"]!["estimate"]!, 12);
        Assert.Equal(1.0 / 3, (double)report["recording"]!["accuracy"]!["estimate"]!, 12);
    }

    private (int Exit, string Out, string Error) Sample(params string[] more) =>
        CliSampling.Run(["sample", _files.PathOf("records.jsonl"), "--incidents", _files.PathOf("incidents.jsonl"), "--plan", _files.PathOf("plan.json"), "--seed", "42", "--as-of", IncidentFixture.AsOf, "--output", _files.PathOf("sample.json"), .. more]);
}
