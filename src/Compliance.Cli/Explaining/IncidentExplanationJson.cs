using System.Text.Json;
using Compliance.Cli.Reports;
using Compliance.Cli.Reports.Json;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Cli.Explaining;

/// <summary>
/// An incident's explanation as JSON, shaped as a record's: <c>incidentId</c>, <c>unitId</c>,
/// <c>asOf</c>, <c>rulePack</c>, then <c>rules</c>, one object per incident rule in pack order with
/// <c>ruleId</c>, <c>status</c> and, where they apply, <c>severity</c>, <c>message</c>,
/// <c>evidence</c>, <c>error</c>; then <c>links</c>: each crime record linked to it, which side
/// states the link, whether the record is in the input, and whether the reader rejected it.
/// </summary>
internal static class IncidentExplanationJson
{
    public static void Write(Utf8JsonWriter writer, IncidentExplanation explanation, RulePack pack, DateTimeOffset asOf)
    {
        var evaluation = explanation.Evaluation;
        writer.WriteStartObject();
        writer.WriteString("incidentId", evaluation.IncidentId);
        writer.WriteString("unitId", UnitIds.Of(evaluation.UnitId));
        writer.WriteString("asOf", StrictTimestampConverter.Format(asOf));
        writer.WriteStartObject("rulePack");
        writer.WriteString("id", pack.Id);
        writer.WriteString("version", pack.Version);
        writer.WriteString("sha256", pack.Sha256);
        writer.WriteString("policy", pack.PolicySource);
        writer.WriteEndObject();
        writer.WriteStartArray("rules");
        foreach (var state in evaluation.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", state.RuleId);
            writer.WriteString("status", StatusNames.Json(state.Status));
            if (evaluation.Findings.FirstOrDefault(f => f.RuleId == state.RuleId) is { } finding)
            {
                writer.WriteString("severity", finding.Severity.ToString());
                writer.WriteString("message", finding.Message);
                writer.WritePropertyName("evidence");
                JsonValues.WriteObject(writer, ShownEvidence.Of(finding, includeText: false));
            }

            if (evaluation.Errors.FirstOrDefault(e => e.RuleId == state.RuleId) is { } error)
            {
                writer.WriteString("error", error.Message);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("links");
        foreach (var link in explanation.Links)
        {
            writer.WriteStartObject();
            writer.WriteString("crimeRecordId", link.CrimeRecordId);
            writer.WriteBoolean("listedByIncident", link.ListedByIncident);
            writer.WriteBoolean("namedByRecord", link.NamedByRecord);
            writer.WriteBoolean("inInput", link.InInput);
            writer.WriteBoolean("rejected", link.Rejected);
            if (link.Source is { } source)
            {
                writer.WriteString("source", source);
                writer.WriteNumber("line", link.Line!.Value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
