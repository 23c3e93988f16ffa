using System.CommandLine;
using Compliance.Cli.Commands;

namespace Compliance.Cli.Auditing;

/// <summary>
/// <c>compliance audit &lt;path&gt;… [--incidents &lt;path&gt;…] [--rules] [--as-of] [--format] [--output] [--fail-on] [--include-text]</c>:
/// streams every record through the record rules, then the incident logs through the incident rules,
/// then the unit audits, and writes the report.
/// </summary>
internal static class AuditCommand
{
    public static Command Create() => Create(Console.OpenStandardInput, () => DateTimeOffset.UtcNow);

    /// <summary>The command, with standard input and the clock passed in (tests give their own).</summary>
    public static Command Create(Func<Stream> standardInput, Func<DateTimeOffset> clock)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Record files: .jsonl (one record per line), .json (a record or an array), or - for standard input (JSON Lines).",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = CommonOptions.Rules();
        var asOf = AsOfOption.Create();
        var format = new Option<string?>("--format")
        {
            Description = "text (a summary for the terminal; default), json (the stable report), csv (one row per finding), html (one self-contained page with charts).",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit with code 1 when any finding is at or above this severity: critical, high, medium or low.",
        };
        var includeText = new Option<bool>("--include-text")
        {
            Description = "Put the free texts of records with findings (decision rationales, justifications, evidence summaries) in the report. They are personal data: left out by default.",
        };
        var maxRejected = new Option<string?>("--max-rejected")
        {
            Description = "Exit with code 4 when more records than this were rejected: a count (100) or a share of the records read (2.5%). Default: only when every record read was rejected. With --incidents it applies to the incidents too, separately.",
        };
        var failOnRuleErrors = new Option<bool>("--fail-on-rule-errors")
        {
            Description = "Exit with code 4 when any rule could not be evaluated on a record (listed as rule errors in the report).",
        };
        var period = CommonOptions.Period();
        var baseline = new Option<string?>("--baseline")
        {
            Description = "A previous JSON report of this tool: mark each finding new or unchanged, and list those resolved or not audited again.",
        };
        var incidents = new Option<string[]>("--incidents")
        {
            Description = "Incident-log files (.jsonl or .json, schema incident-1.0; - for standard input when the records are files), judged after the records and joined to them both ways. Give them after the record files.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var recordsCover = new Option<string?>("--records-cover")
        {
            Description = "<from>/<to>: days (yyyy-MM-dd, Europe/London; from inclusive, to exclusive) the record files cover completely. Exit with code 4 when an incident received on one of them lists a crime record the record files do not have. With --incidents.",
        };
        format.CompletionSources.Add(AuditOptionsParser.Formats);
        failOn.CompletionSources.Add(AuditOptionsParser.Severities);

        var command = new Command("audit", """
            Audit crime records: every record against the record rules, every unit against the unit audits; write a report.
            With --incidents, the incident logs too: each against the incident rules with the records linked to it, each incident unit against AUDIT-007.

            Example:
              compliance audit samples/sapphire-2009.jsonl --as-of 2010-01-01T00:00:00Z --format json --output report.json
              compliance audit records.jsonl --incidents incidents.jsonl --as-of 2010-01-01T00:00:00Z
            """)
        {
            paths, rules, asOf, format, output, failOn, includeText, maxRejected, failOnRuleErrors, period, baseline, incidents, recordsCover,
        };
        command.SetAction(parse =>
        {
            var started = clock();
            var problems = new List<string>();
            if (!AuditOptionsParser.TryParse(
                parse.GetValue(paths) ?? [],
                parse.GetValue(rules),
                parse.GetValue(asOf),
                parse.GetValue(format),
                parse.GetValue(output),
                parse.GetValue(failOn),
                parse.GetValue(includeText),
                started,
                parse.GetValue(maxRejected),
                parse.GetValue(failOnRuleErrors),
                problems,
                out var options,
                parse.GetValue(period),
                parse.GetValue(incidents),
                parse.GetValue(recordsCover)))
            {
                return AuditRunner.Usage(Consoles.Error(parse), problems);
            }

            return AuditRunner.Run(options with { BaselinePath = parse.GetValue(baseline) }, parse, standardInput);
        });
        return command;
    }
}
