using System.Globalization;
using System.Text;
using System.Text.Json;
using Compliance.Cli.Reports.Json;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;

namespace Compliance.Cli.Commands;

/// <summary>
/// The rule commands' JSON: <c>rules list</c> (<c>rulePack</c> and one object per rule), <c>rules show</c>
/// (one rule with its description, expressions and parameter values) and <c>rules validate</c>
/// (<c>valid</c> and the problems with source, path, line and message).
/// </summary>
internal static class RuleJson
{
    public static string List(RulePack pack) => Write(writer =>
    {
        writer.WriteStartObject();
        WritePack(writer, pack);
        writer.WriteStartArray("rules");
        foreach (var rule in pack.Rules)
        {
            writer.WriteStartObject();
            WriteSummary(writer, pack, rule);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static string Show(RulePack pack, RuleInfo rule, bool timelines) => Write(writer =>
    {
        writer.WriteStartObject();
        WriteSummary(writer, pack, rule);
        writer.WriteString("description", rule.Description);
        writer.WriteString("appliesWhen", rule.AppliesWhen);
        writer.WriteStartArray("requires");
        foreach (var requirement in rule.Requirements)
        {
            writer.WriteStartObject();
            writer.WriteString("name", requirement.Name);
            writer.WriteString("when", requirement.When);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("condition", rule.Condition);
        writer.WriteStartArray("escalations");
        foreach (var escalation in rule.Escalations)
        {
            writer.WriteStartObject();
            writer.WriteString("when", escalation.When);
            writer.WriteString("severity", escalation.Severity.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("evidence");
        foreach (var name in rule.EvidenceNames)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        if (rule.FreeTextEvidence.Count > 0)
        {
            // Only for the rules that have some, so the show output of the built-in pack is unchanged.
            writer.WriteStartArray("freeTextEvidence");
            foreach (var name in rule.FreeTextEvidence)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }

        writer.WriteString("message", rule.Message);
        writer.WriteStartObject("parameterValues");
        foreach (var parameter in ParametersOf(pack, rule))
        {
            writer.WritePropertyName(parameter.Name);
            WriteValue(writer, parameter.Value);
        }

        writer.WriteEndObject();
        if (timelines)
        {
            writer.WriteStartObject("effectiveTimelines");
            foreach (var timeline in rule.Timelines)
            {
                writer.WriteStartArray(timeline);
                foreach (var entry in TimelineEntries.Of(pack.Timelines, timeline))
                {
                    JsonValues.WriteObject(writer, entry);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    });

    public static string Validation(IReadOnlyList<PackError> problems) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteBoolean("valid", problems.Count == 0);
        writer.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            writer.WriteStartObject();
            writer.WriteString("source", problem.Source);
            writer.WriteString("path", problem.Location);
            if (problem.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }

            if (problem.Position is { } position)
            {
                writer.WriteNumber("position", position);
            }

            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>
    /// The pack's parameters a rule reads, with their values: <see cref="RuleInfo.Parameters"/> (found when the
    /// pack loaded) for record and unit rules; for an incident rule, the incident rules' parameters (their logic is built in).
    /// </summary>
    public static IEnumerable<ParameterInfo> ParametersOf(RulePack pack, RuleInfo rule) =>
        rule.Scope == RuleScope.Incident
            ? pack.Parameters.Where(p => Rules.Incidents.IncidentRules.ParameterNames.Contains(p.Name))
            : rule.Parameters.Select(name => pack.Parameters.First(p => p.Name == name));

    private static void WriteSummary(Utf8JsonWriter writer, RulePack pack, RuleInfo rule)
    {
        writer.WriteString("id", rule.Id);
        writer.WriteString("scope", rule.Scope.ToString().ToLowerInvariant());
        writer.WriteBoolean("enabled", rule.Enabled);
        writer.WriteString("severity", rule.Severity.ToString());
        writer.WriteString("title", rule.Title);
        writer.WriteString("citation", rule.Citation);
        writer.WriteStartArray("parameters");
        foreach (var name in rule.Parameters)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("timelines");
        foreach (var timeline in rule.Timelines)
        {
            writer.WriteStringValue(timeline);
        }

        writer.WriteEndArray();
    }

    private static void WritePack(Utf8JsonWriter writer, RulePack pack)
    {
        writer.WriteStartObject("rulePack");
        writer.WriteString("id", pack.Id);
        writer.WriteString("version", pack.Version);
        writer.WriteString("sha256", pack.Sha256);
        writer.WriteString("policy", pack.PolicySource);
        writer.WriteEndObject();
    }

    /// <summary>A parameter value as JSON: dates as ISO dates (the form a policy gives them in), everything else as the report writes values.</summary>
    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IEnumerable<DateOnly> dates:
                writer.WriteStartArray();
                foreach (var date in dates)
                {
                    WriteValue(writer, date);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonValues.Write(writer, value);
                break;
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonValues.Indented))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
