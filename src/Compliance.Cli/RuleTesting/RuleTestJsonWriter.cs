using System.Text.Json;
using Compliance.Cli.Explaining;
using Compliance.Cli.Reports.Json;

namespace Compliance.Cli.RuleTesting;

/// <summary>
/// Rule test results as JSON: <c>rulePack</c>, <c>tests</c> (file, path, name, record id, passed,
/// fired, failures with expected and actual, and for a failed test every rule's verdict),
/// <c>summary</c> and <c>coverage</c> (per rule, the tests in which it fired and passed).
/// </summary>
internal static class RuleTestJsonWriter
{
    public static void Write(Stream output, RuleTestRun run)
    {
        using var writer = new Utf8JsonWriter(output, JsonValues.Indented);
        writer.WriteStartObject();
        writer.WriteStartObject("rulePack");
        writer.WriteString("id", run.Pack.Id);
        writer.WriteString("version", run.Pack.Version);
        writer.WriteString("sha256", run.Pack.Sha256);
        writer.WriteString("policy", run.Pack.PolicySource);
        writer.WriteEndObject();
        writer.WriteStartArray("tests");
        foreach (var result in run.Results)
        {
            writer.WriteStartObject();
            writer.WriteString("file", result.Test.File);
            writer.WriteString("path", result.Test.Path);
            writer.WriteString("name", result.Test.Name);
            if (result.Test.Incident is { } incident)
            {
                writer.WriteString("incidentId", incident.IncidentId);
            }
            else
            {
                writer.WriteString("crimeRecordId", result.Test.Record!.CrimeRecordId);
            }

            writer.WriteBoolean("passed", result.Passed);
            writer.WriteStartArray("fired");
            foreach (var finding in result.Fired)
            {
                writer.WriteStringValue(finding.RuleId);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("failures");
            foreach (var failure in result.Failures)
            {
                writer.WriteStartObject();
                writer.WriteString("check", failure.Check);
                writer.WriteString("expected", failure.Expected);
                writer.WriteString("actual", failure.Actual);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (!result.Passed)
            {
                writer.WriteStartArray("explanation");
                foreach (var verdict in result.Explanation?.Rules ?? [])
                {
                    ExplanationJson.WriteVerdict(writer, verdict);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("summary");
        writer.WriteNumber("tests", run.Results.Count);
        writer.WriteNumber("passed", run.Results.Count - run.Failed);
        writer.WriteNumber("failed", run.Failed);
        writer.WriteEndObject();
        writer.WriteStartObject("coverage");
        writer.WriteNumber("rules", run.Coverage.Rules.Count);
        writer.WriteNumber("covered", run.Coverage.Covered);
        writer.WriteNumber("percent", Math.Round(run.Coverage.Percent, 2));
        if (run.Threshold is { } threshold)
        {
            writer.WriteNumber("threshold", threshold);
            writer.WriteBoolean("belowThreshold", run.CoverageBelowThreshold);
        }

        writer.WriteStartArray("byRule");
        foreach (var rule in run.Coverage.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", rule.RuleId);
            writer.WriteBoolean("covered", rule.IsCovered);
            WriteNames(writer, "firedIn", rule.FiredIn);
            WriteNames(writer, "passedIn", rule.PassedIn);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteNames(Utf8JsonWriter writer, string name, IReadOnlyList<string> tests)
    {
        writer.WriteStartArray(name);
        foreach (var test in tests)
        {
            writer.WriteStringValue(test);
        }

        writer.WriteEndArray();
    }
}
