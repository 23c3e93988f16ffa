using System.CommandLine;
using System.Text;
using System.Text.Json;
using Compliance.Cli.Explaining;
using Compliance.Cli.Reports.Json;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Packs;
using Compliance.Rules.Reading;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>compliance explain &lt;path&gt; [--id] [--as-of] [--rules] [--format text|json] [--include-text]</c>: for one record
/// (or each record of a small file), every record rule's verdict with its evidence, the requirement
/// that kept it out, and the timeline entries that governed it. With
/// <c>&lt;path&gt;… --incidents &lt;path&gt;… --incident &lt;id&gt;</c>: one incident, every incident rule's
/// verdict judged with the records linked to it, and its links.
/// </summary>
internal static class ExplainCommand
{
    /// <summary>The most records one explanation covers: beyond that, the output stops being something a person reads, and an audit is the tool.</summary>
    public const int MaxRecords = 100;

    public static Command Create() => Create(() => DateTimeOffset.UtcNow);

    /// <summary>The command, with the clock passed in (tests give their own).</summary>
    public static Command Create(Func<DateTimeOffset> clock)
    {
        var path = new Argument<string[]>("path")
        {
            Description = "A record file: .json (a record or an array) or .jsonl. With --incident, every record file of the audit (the records linked to the incident are read from them).",
            Arity = ArgumentArity.OneOrMore,
        };
        var incidents = new Option<string[]>("--incidents")
        {
            Description = "Incident-log files (.jsonl or .json) holding the incident named by --incident.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var incident = new Option<string?>("--incident") { Description = "The incidentId of the incident to explain (with --incidents)." };
        var id = new Option<string?>("--id") { Description = "The crimeRecordId of the record to explain. Without it, every record of the file (at most 100)." };
        var asOf = AsOfOption.Create();
        var rules = CommonOptions.Rules();
        var format = FormatOption.Create("text (default) or json.", "text", "json");
        var includeText = new Option<bool>("--include-text")
        {
            Description = "Show evidence that a rule declares as free text (freeTextEvidence in the pack). It is personal data: left out by default.",
        };
        var command = new Command("explain", """
            Explain one record: every record rule fired (severity, evidence), passed, not applicable (the first requirement that failed), not in force, disabled or error, with the timeline entries that governed it.

            Example:
              compliance explain samples/sapphire-2009.jsonl --id SAP-000123 --as-of 2010-01-01T00:00:00Z --format json
              compliance explain records.jsonl --incidents incidents.jsonl --incident INC-123 --as-of 2010-01-01T00:00:00Z
            """)
        {
            path, id, asOf, rules, format, includeText, incidents, incident,
        };
        command.SetAction(parse =>
        {
            var errors = Consoles.Error(parse);
            if (!AsOfOption.TryParse(parse.GetValue(asOf), clock(), out var instant, out var problem))
            {
                return Fail(errors, problem!);
            }

            if (!PackOption.TryLoad(parse.GetValue(rules), errors, out var pack))
            {
                return ExitCodes.UsageOrInputError;
            }

            var files = parse.GetValue(path)!;
            var incidentFiles = parse.GetValue(incidents) ?? [];
            var incidentId = parse.GetValue(incident);
            if (incidentId is not null || incidentFiles.Length > 0)
            {
                return ExplainIncident(parse, errors, files, incidentFiles, incidentId, parse.GetValue(id), pack, instant, parse.GetValue(format) == "json");
            }

            if (files.Length > 1)
            {
                return Fail(errors, "explain reads one record file (several only with --incidents and --incident)");
            }

            var file = files[0];
            var wanted = parse.GetValue(id);
            RecordSelection selection;
            try
            {
                selection = RecordSelection.Read(file, wanted, MaxRecords);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                return Fail(errors, $"cannot read {file}: {e.Message}");
            }

            foreach (var rejection in selection.Rejections)
            {
                errors.MarkupLine($"[yellow]warning:[/] not explained: {Markup.Escape(rejection.ToString())}");
            }

            if (selection.MoreThanLimit)
            {
                return Fail(errors, $"{file} holds more than {MaxRecords} records: name one with --id, or audit the file (compliance audit)");
            }

            if (selection.Records.Count == 0)
            {
                return Fail(errors, wanted is null ? $"{file} holds no record that could be read" : $"{file} holds no record with crimeRecordId \"{wanted}\"");
            }

            var engine = ComplianceEngine.Create(pack);
            var explanations = selection.Records.Select(r => engine.Explain(r, instant)).ToArray();
            var output = parse.InvocationConfiguration.Output;
            var withText = parse.GetValue(includeText);
            if (parse.GetValue(format) == "json")
            {
                output.Write(Json(explanations, engine.Pack, single: wanted is not null || explanations.Length == 1 && RecordSource.FormatOf(file) == RecordInputFormat.Json, withText));
            }
            else
            {
                for (var i = 0; i < explanations.Length; i++)
                {
                    if (i > 0)
                    {
                        output.WriteLine();
                    }

                    ExplanationText.Write(output, explanations[i], engine.Pack, withText);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Explains the incident named by <c>--incident</c>: found in the incident files, judged with the
    /// records of the record files linked to it, written as one JSON object or as text.
    /// </summary>
    private static int ExplainIncident(ParseResult parse, IAnsiConsole errors, string[] files, string[] incidentFiles, string? incidentId, string? recordId, RulePack pack, DateTimeOffset asOf, bool json)
    {
        if (incidentId is null)
        {
            return Fail(errors, "--incidents: name the incident to explain with --incident <incidentId>");
        }

        if (incidentFiles.Length == 0)
        {
            return Fail(errors, "--incident: give the incident-log files with --incidents <files>");
        }

        if (recordId is not null)
        {
            return Fail(errors, "--id and --incident: explain one record or one incident, not both");
        }

        foreach (var incidentFile in incidentFiles)
        {
            if (SameFile.FindInput(incidentFile, files) is { } recordFile)
            {
                return Fail(errors, $"--incidents: {incidentFile} is also given as a crime-record input ({recordFile}); a file holds either crime records or incident logs");
            }
        }

        IncidentSelection selection;
        try
        {
            selection = IncidentSelection.Read(files, incidentFiles, incidentId);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Fail(errors, $"cannot read the inputs: {e.Message}");
        }

        foreach (var rejection in selection.Rejections)
        {
            errors.MarkupLine($"[yellow]warning:[/] not read: {Markup.Escape(rejection.ToString())}");
        }

        if (selection.Incident is not { } found)
        {
            return Fail(errors, $"{string.Join(", ", incidentFiles)}: no incident with incidentId \"{incidentId}\"");
        }

        var engine = ComplianceEngine.Create(pack);
        var evaluation = new IncidentEvaluator(engine).EvaluateIncident(found.Incident, selection.Records.Select(r => r.Record), selection.RejectedRecords, asOf);
        var explanation = new IncidentExplanation(found, evaluation, IncidentExplanation.LinksOf(found.Incident, selection.Records, selection.RejectedRecords));
        var output = parse.InvocationConfiguration.Output;
        if (json)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, JsonValues.Indented))
            {
                IncidentExplanationJson.Write(writer, explanation, engine.Pack, asOf);
            }

            output.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
        }
        else
        {
            IncidentExplanationText.Write(output, explanation, engine.Pack, asOf);
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// One object for the record asked for by <c>--id</c>, or for the only record of a <c>.json</c> file;
    /// otherwise an array (a JSON Lines file gives an array even of one record, so scripts over exports need no special case).
    /// </summary>
    private static string Json(IReadOnlyList<RecordExplanation> explanations, Rules.Packs.RulePack pack, bool single, bool includeText)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonValues.Indented))
        {
            if (single)
            {
                ExplanationJson.Write(writer, explanations[0], pack, includeText);
            }
            else
            {
                writer.WriteStartArray();
                foreach (var explanation in explanations)
                {
                    ExplanationJson.Write(writer, explanation, pack, includeText);
                }

                writer.WriteEndArray();
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static int Fail(IAnsiConsole errors, string problem)
    {
        errors.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
        return ExitCodes.UsageOrInputError;
    }
}
