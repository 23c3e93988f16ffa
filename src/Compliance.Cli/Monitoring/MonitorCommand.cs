using System.CommandLine;
using System.Globalization;
using Compliance.Cli.Auditing;
using Compliance.Cli.Commands;
using Compliance.Cli.History;

namespace Compliance.Cli.Monitoring;

/// <summary>
/// <c>compliance monitor &lt;path&gt;… --history &lt;file&gt; [--as-of] [--rules] [--period] [--format] [--output]
/// [--rebuild] [--alert-window &lt;days&gt;] [--incidents &lt;path&gt;…]</c>: adds exports (and incident logs) to a
/// history store and runs the detectors over everything it holds.
/// </summary>
internal static class MonitorCommand
{
    public static readonly string[] Formats = ["text", "json", "html"];

    public static Command Create() => Create(Console.OpenStandardInput, () => DateTimeOffset.UtcNow, HistoryStore.DefaultLockWait);

    /// <summary>The command, with standard input, the clock and the lock wait passed in (tests give their own).</summary>
    public static Command Create(Func<Stream> standardInput, Func<DateTimeOffset> clock, TimeSpan lockWait)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Exports to add: .jsonl, .json, or - for standard input (JSON Lines). The copy of a record read last replaces any stored copy.",
            Arity = ArgumentArity.OneOrMore,
        };
        var history = new Option<string>("--history")
        {
            Description = "The history store (an SQLite file on a local disk; created on first use).",
            Required = true,
        };
        var rules = CommonOptions.Rules();
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The instant records are judged at and events after which are ignored: ISO 8601 with an offset. Default: when the command starts.",
        };
        var format = new Option<string?>("--format") { Description = "text (default), json or html." };
        format.CompletionSources.Add(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var period = CommonOptions.Period();
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "Evaluate every stored record again with this run's pack (needed when the pack or policy changed since the store was written).",
        };
        var alertWindow = new Option<string?>("--alert-window")
        {
            Description = $"Exit 1 when an alert was raised at most this many days before --as-of (default {MonitorOptions.DefaultAlertWindowDays}), as well as on any new alert.",
        };
        var maxRejected = new Option<string?>("--max-rejected")
        {
            Description = "Exit with code 4 when more records than this were rejected: a count (100) or a share of the records read (2.5%). Default: only when every record read was rejected.",
        };
        var failOnRuleErrors = new Option<bool>("--fail-on-rule-errors")
        {
            Description = "Exit with code 4 when any rule could not be evaluated on a record of this run.",
        };

        var incidents = new Option<string[]>("--incidents")
        {
            Description = "Incident-log files (.jsonl or .json, schema incident-1.0; - for standard input when the records are files) to add after the records: each is judged with the stored records linked to it, and the copy of an incident read last replaces any stored copy.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("monitor", """
            Keep a history of exports and watch every unit's metrics over time: each run adds exports to the
            store (the copy read last wins), runs the detectors over everything stored and lists the alerts
            as new, known or withdrawn since the last run. Exit 1 on a new alert or one in the alert window.
            With --incidents, incident logs too: stored beside the records, judged again when a linked record
            arrives or changes, and watched through the unanswered-incident metric.

            Example (each month):
              compliance monitor export-2009-11.jsonl --history force.history --format json --output monitor.json
              compliance monitor export-2009-11.jsonl --incidents incidents-2009-11.jsonl --history force.history
            """)
        {
            paths, history, rules, asOf, format, output, period, rebuild, alertWindow, maxRejected, failOnRuleErrors, incidents,
        };
        command.SetAction(parse =>
        {
            var started = clock();
            var problems = new List<string>();
            var requestedFormat = parse.GetValue(format);
            if (requestedFormat is not null && !Formats.Contains(requestedFormat.ToLowerInvariant()))
            {
                problems.Add($"--format: '{requestedFormat}' is not one of {string.Join(", ", Formats)}");
                requestedFormat = null;
            }

            var window = MonitorOptions.DefaultAlertWindowDays;
            if (parse.GetValue(alertWindow) is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window > 36500))
            {
                problems.Add($"--alert-window: '{text}' is not a whole number of days from 0 to 36500");
            }

            var historyPath = parse.GetValue(history)!;
            if (string.IsNullOrWhiteSpace(historyPath) || historyPath == "-")
            {
                problems.Add("--history: name a file for the history store");
            }

            if (!AuditOptionsParser.TryParse(
                parse.GetValue(paths) ?? [],
                parse.GetValue(rules),
                parse.GetValue(asOf),
                requestedFormat,
                parse.GetValue(output),
                failOn: null,
                includeText: false,
                started,
                parse.GetValue(maxRejected),
                parse.GetValue(failOnRuleErrors),
                problems,
                out var audit,
                parse.GetValue(period),
                parse.GetValue(incidents)) || problems.Count > 0)
            {
                return AuditRunner.Usage(Consoles.Error(parse), problems);
            }

            var options = new MonitorOptions(audit!.Paths, historyPath, audit.RulesPath, audit.AsOf, audit.Format, audit.OutputPath, audit.Period, parse.GetValue(rebuild), window)
            {
                MaxRejected = audit.MaxRejected,
                FailOnRuleErrors = audit.FailOnRuleErrors,
                IncidentPaths = audit.IncidentPaths,
            };
            return MonitorRunner.Run(options, parse, standardInput, started, lockWait);
        });
        return command;
    }
}
