using System.Text.Json;
using Compliance.Cli.Reports;
using Compliance.Cli.Reports.Json;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Cli.Explaining;

/// <summary>
/// An explanation as JSON: <c>crimeRecordId</c>, <c>asOf</c>, <c>rulePack</c>, then <c>rules</c>, one
/// object per record rule in pack order with <c>ruleId</c>, <c>status</c> and, where they apply,
/// <c>severity</c>, <c>message</c>, <c>evidence</c>, <c>missing</c>, <c>error</c>, and <c>timelines</c>.
/// </summary>
internal static class ExplanationJson
{
    /// <param name="writer">Where to write.</param>
    /// <param name="explanation">The record's verdicts.</param>
    /// <param name="pack">The pack that judged it.</param>
    /// <param name="includeText">Whether evidence the rules declare as free text is written (<c>--include-text</c>).</param>
    public static void Write(Utf8JsonWriter writer, RecordExplanation explanation, RulePack pack, bool includeText = false)
    {
        writer.WriteStartObject();
        writer.WriteString("crimeRecordId", explanation.CrimeRecordId);
        writer.WriteString("asOf", StrictTimestampConverter.Format(explanation.AsOf));
        writer.WriteStartObject("rulePack");
        writer.WriteString("id", pack.Id);
        writer.WriteString("version", pack.Version);
        writer.WriteString("sha256", pack.Sha256);
        writer.WriteString("policy", pack.PolicySource);
        writer.WriteEndObject();
        writer.WriteStartArray("rules");
        foreach (var verdict in explanation.Rules)
        {
            WriteVerdict(writer, verdict, includeText);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteVerdict(Utf8JsonWriter writer, RuleVerdict verdict, bool includeText = false)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", verdict.RuleId);
        writer.WriteString("status", StatusNames.Json(verdict.Status));
        if (verdict.Finding is { } finding)
        {
            writer.WriteString("severity", finding.Severity.ToString());
            writer.WriteString("message", finding.Message);
            writer.WritePropertyName("evidence");
            JsonValues.WriteObject(writer, ShownEvidence.Of(finding, includeText));
        }

        if (verdict.Missing is { } missing)
        {
            writer.WriteString("missing", missing);
        }

        if (verdict.Error is { } error)
        {
            writer.WriteString("error", error);
        }

        writer.WriteStartObject("timelines");
        foreach (var (timeline, entry) in verdict.Timelines.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            writer.WriteString(timeline, entry);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
