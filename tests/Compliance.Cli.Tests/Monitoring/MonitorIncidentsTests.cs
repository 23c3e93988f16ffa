using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Cli.Tests.Incidents;
using Compliance.Rules.Records;

namespace Compliance.Cli.Tests.Monitoring;

/// <summary>
/// <c>monitor --incidents</c> on hand-made inputs (the records and incidents of <see cref="IncidentFixture"/>,
/// under the built-in pack: a 72-hour recording limit in 2008). Worked out by hand for INC-1 — a rape
/// disclosed on a call at 2008-11-04T22:41Z, closed at 2008-11-05T12:00Z, listing CR-1: its
/// <c>unanswered-incident</c> event is dated at its closure (2008-11-05T12:00Z) and judged at closure
/// plus 72 h (2008-11-08T12:00Z). With CR-1 in the store (a rape recorded at 2008-11-05T09:00Z, within
/// 72 h of the disclosure) the disclosure is answered: the event is not counted. Without CR-1 nothing
/// answers it and the limit (2008-11-07T22:41Z) has passed by the judging instant: INCIDENT-002 fires
/// and the event is counted.
/// </summary>
public sealed class MonitorIncidentsTests : IDisposable
{
    private const string AsOf = IncidentFixture.AsOf;
    private static readonly long ClosedTicks = new DateTimeOffset(2008, 11, 5, 12, 0, 0, TimeSpan.Zero).UtcTicks;
    private static readonly long DueTicks = new DateTimeOffset(2008, 11, 8, 12, 0, 0, TimeSpan.Zero).UtcTicks;

    private readonly MonitorFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_stored_incident_is_judged_again_when_its_linked_record_arrives_in_a_later_run()
    {
        var withoutCr1 = _folder.Write("cr2.jsonl", [Record("CR-2", null)]);
        var cr1 = _folder.Write("cr1.jsonl", [Record("CR-1", null)]);
        var incidents = _folder.Write("incidents.jsonl", [IncidentFixture.Inc1]);

        var (_, first, _) = MonitorCli.Json(withoutCr1, "--incidents", incidents, "--history", _folder.Store, "--as-of", AsOf);
        Assert.Equal((ClosedTicks, DueTicks, 1L), StoredEvent("INC-1"));
        Assert.Equal((1L, 1L), Point(first, "UNIT-S", "2008-11"));
        Assert.Equal(0, first.GetProperty("run").GetProperty("incidentsReevaluated").GetInt64());

        // Run 2 brings CR-1 only (no incident input): INC-1 lists it, so INC-1 is judged again and answered.
        var (_, second, _) = MonitorCli.Json(cr1, "--history", _folder.Store, "--as-of", AsOf);
        Assert.Equal((ClosedTicks, DueTicks, 0L), StoredEvent("INC-1"));
        Assert.Equal((1L, 0L), Point(second, "UNIT-S", "2008-11"));
        var run = second.GetProperty("run");
        Assert.Equal(1, run.GetProperty("incidentsReevaluated").GetInt64());
        Assert.Equal(0, run.GetProperty("incidentsRead").GetInt64());
        Assert.Equal(1, second.GetProperty("history").GetProperty("incidents").GetInt64());

        // Run 3 changes nothing linked to INC-1 (CR-2 again, identical): it is not judged again.
        var (_, third, _) = MonitorCli.Json(withoutCr1, "--history", _folder.Store, "--as-of", AsOf);
        Assert.Equal(0, third.GetProperty("run").GetProperty("incidentsReevaluated").GetInt64());
    }

    [Fact]
    public void A_record_that_names_the_incident_links_it_as_well_and_a_new_copy_that_stops_naming_it_unlinks_it()
    {
        // INC-1 without its list: only CR-1's incident.incidentId links them.
        var unlisted = IncidentFixture.Inc1.Replace("\"linkedCrimeRecordIds\":[\"CR-1\"]", "\"linkedCrimeRecordIds\":[]", StringComparison.Ordinal);
        Assert.NotEqual(IncidentFixture.Inc1, unlisted);
        var incidents = _folder.Write("incidents.jsonl", [unlisted]);
        var naming = _folder.Write("naming.jsonl", [Record("CR-1", "INC-1")]);
        var notNaming = _folder.Write("not-naming.jsonl", [Record("CR-1", null)]);

        MonitorCli.Json(_folder.Write("cr2.jsonl", [Record("CR-2", null)]), "--incidents", incidents, "--history", _folder.Store, "--as-of", AsOf);
        Assert.Equal(1L, StoredEvent("INC-1").Counted);

        var (_, named, _) = MonitorCli.Json(naming, "--history", _folder.Store, "--as-of", AsOf);
        Assert.Equal(0L, StoredEvent("INC-1").Counted);
        Assert.Equal(1, named.GetProperty("run").GetProperty("incidentsReevaluated").GetInt64());

        // A corrected copy of CR-1 no longer names INC-1: nothing links them, INC-1 is unanswered again.
        var (_, unnamed, _) = MonitorCli.Json(notNaming, "--history", _folder.Store, "--as-of", AsOf);
        Assert.Equal(1L, StoredEvent("INC-1").Counted);
        Assert.Equal(1, unnamed.GetProperty("run").GetProperty("incidentsReevaluated").GetInt64());
    }

    [Theory]
    [InlineData("2008-11-08T11:59:00Z", false)]
    [InlineData("2008-11-08T12:00:00Z", true)]
    [InlineData("2008-11-08T12:01:00Z", true)]
    public void An_incident_event_counts_from_the_as_of_that_reaches_closure_plus_the_recording_limit(string asOf, bool counted)
    {
        var records = _folder.Write("cr2.jsonl", [Record("CR-2", null)]);
        var incidents = _folder.Write("incidents.jsonl", [IncidentFixture.Inc1]);
        var (_, report, _) = MonitorCli.Json(records, "--incidents", incidents, "--history", _folder.Store, "--as-of", asOf);
        Assert.Equal(counted ? (1L, 1L) : (0L, 0L), Point(report, "UNIT-S", "2008-11"));

        // Stored whatever the as-of: a later run counts it without judging it again.
        Assert.Equal((ClosedTicks, DueTicks, 1L), StoredEvent("INC-1"));
        var (_, later, _) = MonitorCli.Json(records, "--history", _folder.Store, "--as-of", AsOf);
        Assert.Equal((1L, 1L), Point(later, "UNIT-S", "2008-11"));
        Assert.Equal(0, later.GetProperty("run").GetProperty("incidentsReevaluated").GetInt64());
    }

    [Fact]
    public void The_copy_of_an_incident_read_last_wins_within_a_run_and_across_runs_and_the_same_file_twice_changes_nothing()
    {
        var records = _folder.Write("records.jsonl", [Record("CR-2", null)]);
        var toX = IncidentFixture.Inc1.Replace("\"unitId\":\"UNIT-S\"", "\"unitId\":\"UNIT-X\"", StringComparison.Ordinal);
        var toY = IncidentFixture.Inc1.Replace("\"unitId\":\"UNIT-S\"", "\"unitId\":\"UNIT-Y\"", StringComparison.Ordinal);
        Assert.NotEqual(IncidentFixture.Inc1, toX);
        var twice = _folder.Write("twice.jsonl", [IncidentFixture.Inc1, toX]);
        var third = _folder.Write("third.jsonl", [toY]);

        var (_, first, error) = MonitorCli.Json(records, "--incidents", twice, "--history", _folder.Store, "--as-of", AsOf);
        var run = first.GetProperty("run");
        Assert.Equal([2L, 2L, 0L, 1L, 1L], Counts(run, "incidentsRead", "incidentsEvaluated", "incidentsRejected", "incidentsAdded", "incidentsReplaced"));
        Assert.Empty(first.GetProperty("rejected").EnumerateArray());
        Assert.Contains("2 read, 2 evaluated, 0 rejected", error, StringComparison.Ordinal);
        Assert.Equal(["UNIT-X"], StoredUnits());

        var dump = StoreDump.Of(_folder.Store, "incident_links", "incident_events");
        var blob = StoreDump.Of(_folder.Store, "incidents").Split('|')[5];

        // Again: the first copy (UNIT-S) replaces the stored last copy (UNIT-X), which the second copy then restores.
        var (_, again, _) = MonitorCli.Json(records, "--incidents", twice, "--history", _folder.Store, "--as-of", AsOf);
        Assert.Equal([2L, 0L, 2L, 0L], Counts(again.GetProperty("run"), "incidentsEvaluated", "incidentsAdded", "incidentsReplaced", "incidentsUnchanged"));

        // Loading the same file again leaves the file's last copy stored, as it was (stored now by run 2).
        Assert.Equal(dump, StoreDump.Of(_folder.Store, "incident_links", "incident_events"));
        Assert.Equal(blob, StoreDump.Of(_folder.Store, "incidents").Split('|')[5]);
        Assert.Equal(["UNIT-X"], StoredUnits());
        Assert.Equal(2, StoreDump.Query(_folder.Store, "SELECT run_id FROM incidents"));

        var (_, later, _) = MonitorCli.Json(records, "--incidents", third, "--history", _folder.Store, "--as-of", AsOf);
        Assert.Equal([1L, 0L, 1L], Counts(later.GetProperty("run"), "incidentsEvaluated", "incidentsAdded", "incidentsReplaced"));
        Assert.Equal(["UNIT-Y"], StoredUnits());
        Assert.Equal(1, StoreDump.Query(_folder.Store, "SELECT count(*) FROM incidents"));

        // One copy, loaded again: identical to the stored copy, which stays exactly as it was.
        dump = StoreDump.Of(_folder.Store, "incidents", "incident_links", "incident_events");
        var (_, same, _) = MonitorCli.Json(records, "--incidents", third, "--history", _folder.Store, "--as-of", AsOf);
        Assert.Equal([1L, 0L, 0L, 1L], Counts(same.GetProperty("run"), "incidentsEvaluated", "incidentsAdded", "incidentsReplaced", "incidentsUnchanged"));
        Assert.Equal(dump, StoreDump.Of(_folder.Store, "incidents", "incident_links", "incident_events"));
    }

    [Fact]
    public void Rejected_incidents_are_counted_apart_from_records_and_a_duplicate_id_is_no_rejection()
    {
        // The fixture's five incident lines: INC-1, INC-2, INC-2 again, a timestamp without offset, INC-3.
        var records = _folder.Write("records.jsonl", IncidentFixture.Records().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var incidents = _folder.Write("incidents.jsonl", IncidentFixture.Incidents().Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var (_, report, error) = MonitorCli.Json(records, "--incidents", incidents, "--history", _folder.Store, "--as-of", AsOf);
        var run = report.GetProperty("run");
        Assert.Equal([5L, 4L, 1L, 3L, 1L], Counts(run, "incidentsRead", "incidentsEvaluated", "incidentsRejected", "incidentsAdded", "incidentsReplaced"));
        Assert.Equal([5L, 1L], Counts(run, "recordsRead", "recordsRejected"));
        var rejected = report.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("line").GetInt64(), r.GetProperty("code").GetString())).ToList();
        Assert.Equal([("record", 3L, "InvalidRecord"), ("incident", 4L, "InvalidIncident")], rejected);
        Assert.Equal(3, report.GetProperty("history").GetProperty("incidents").GetInt64());
        Assert.Contains("1 input incidents were rejected", error, StringComparison.Ordinal);

        // INC-2's second copy (no unit) replaced the first.
        Assert.Equal(["(unassigned)", "UNIT-S", "UNIT-T"], StoredUnits());
    }

    [Theory]
    [InlineData("1", 0)]
    [InlineData("0", 4)]
    public void Max_rejected_applies_to_the_incidents_on_their_own(string limit, int exit)
    {
        var records = _folder.Write("records.jsonl", [Record("CR-1", null), Record("CR-2", null)]);
        var incidents = _folder.Write("incidents.jsonl", [IncidentFixture.Inc1, IncidentFixture.IncBad]);
        var (code, _, error) = MonitorCli.Run("monitor", records, "--incidents", incidents, "--history", _folder.Store, "--as-of", AsOf, "--format", "json", "--max-rejected", limit);
        Assert.Equal(exit, code);
        Assert.Equal(exit == 4, error.Contains("1 of 2 incidents were rejected (--max-rejected)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_given_as_both_kinds_standard_input_for_both_or_a_report_or_store_over_an_incident_input_is_a_usage_error()
    {
        var records = _folder.Write("records.jsonl", [Record("CR-1", null)]);
        var incidents = _folder.Write("incidents.jsonl", [IncidentFixture.Inc1]);
        (string[] Args, string Message)[] cases =
        [
            ([records, "--incidents", records], "is also given as a crime-record input"),
            (["-", "--incidents", "-"], "standard input (-) is already the crime records"),
            ([records, "--incidents", incidents, "--output", incidents], $"--output: {incidents} is the input {incidents}"),
            ([records, "--incidents", incidents, "--history", incidents], $"--history: {incidents} is the input {incidents}"),
        ];
        foreach (var (args, message) in cases)
        {
            string[] all = args.Contains("--history") ? ["monitor", .. args, "--as-of", AsOf] : ["monitor", .. args, "--history", _folder.Store, "--as-of", AsOf];
            var (code, _, error) = MonitorCli.Run(all);
            Assert.True(code == 2, $"{string.Join(' ', args)}: exit {code}");
            Assert.Contains(message, error, StringComparison.Ordinal);
            Assert.False(File.Exists(_folder.Store), "no store is created by a usage error");
        }

        Assert.Equal(IncidentFixture.Inc1 + "\n", File.ReadAllText(incidents));
    }

    [Fact]
    public void The_text_and_html_reports_show_the_incidents_of_the_run_and_the_store()
    {
        var records = _folder.Write("records.jsonl", [Record("CR-2", null)]);
        var incidents = _folder.Write("incidents.jsonl", [IncidentFixture.Inc1, IncidentFixture.IncBad]);
        var (code, text, _) = MonitorCli.Run("monitor", records, "--incidents", incidents, "--history", _folder.Store, "--as-of", AsOf);
        Assert.True(code is 0 or 1, text);
        Assert.Contains("Incidents: 1 in the store; this run 2 read, 1 evaluated, 1 rejected, 1 added", text, StringComparison.Ordinal);
        Assert.Contains("rejected incident: ", text, StringComparison.Ordinal);

        var html = _folder.File("report.html");
        MonitorCli.Run("monitor", records, "--incidents", incidents, "--history", _folder.Store, "--as-of", AsOf, "--format", "html", "--output", html);
        var page = File.ReadAllText(html);
        Assert.Contains("<div class=\"value\">2</div><div class=\"label\">incidents read</div>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"value\">1</div><div class=\"label\">incidents rejected</div>", page, StringComparison.Ordinal);
    }

    /// <summary>A rape of UNIT-S recorded within the limit (<see cref="IncidentFixture.Rape"/>), naming an incident or none.</summary>
    private static string Record(string id, string? incidentId) => RecordJson.Serialize(IncidentFixture.Rape(id, incidentId));

    private static long[] Counts(JsonElement run, params string[] names) => [.. names.Select(n => run.GetProperty(n).GetInt64())];

    /// <summary>The (events, count) of a unit's <c>unanswered-incident</c> series in a period; (0, 0) when it has no point there.</summary>
    private static (long Events, long Count) Point(JsonElement report, string unitId, string period)
    {
        foreach (var series in report.GetProperty("series").EnumerateArray())
        {
            if (series.GetProperty("unitId").GetString() == unitId && series.GetProperty("metric").GetString() == "unanswered-incident")
            {
                foreach (var point in series.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("period").GetString() == period))
                {
                    return (point.GetProperty("events").GetInt64(), point.GetProperty("count").GetInt64());
                }
            }
        }

        return (0, 0);
    }

    private (long At, long Due, long Counted) StoredEvent(string incidentId)
    {
        string Where(string column) => $"SELECT e.{column} FROM incident_events e JOIN incidents i ON i.id = e.incident_row WHERE i.incident_id = '{incidentId}'";
        Assert.Equal(1, StoreDump.Query(_folder.Store, $"SELECT count(*) FROM ({Where("counted")})"));
        return (StoreDump.Query(_folder.Store, Where("at_ticks")), StoreDump.Query(_folder.Store, Where("due_ticks")), StoreDump.Query(_folder.Store, Where("counted")));
    }

    private string[] StoredUnits()
    {
        var dump = StoreDump.Of(_folder.Store, "incidents").Split('\n').Where(l => l.Contains('|', StringComparison.Ordinal));
        return [.. dump.Select(l => l.Split('|')[3]).Order(StringComparer.Ordinal)];
    }
}
