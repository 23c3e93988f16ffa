using System.Text.Json;

namespace Compliance.Rules.Sampling;

/// <summary>
/// The JSON form of an estimate report. Numbers are written unrounded (shortest round-trip form),
/// undefined values as null, keys in a fixed order: the same sample and verdicts give the same bytes.
/// </summary>
public static class EstimateJson
{
    /// <summary>Writes a report.</summary>
    /// <param name="output">The stream.</param>
    /// <param name="report">The report.</param>
    public static void Write(Stream output, EstimateReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("planId", report.PlanId);
        writer.WriteString("adjudicator", report.Adjudicator);
        writer.WriteBoolean("blind", report.Blind);
        writer.WriteNumber("notYetReviewed", report.NotYetReviewed);
        writer.WriteStartArray("strata");
        foreach (var s in report.Strata)
        {
            writer.WriteStartObject();
            writer.WriteString("id", s.Id);
            writer.WriteNumber("N", s.N);
            writer.WriteNumber("n", s.SampleSize);
            writer.WriteNumber("reviewed", s.Reviewed);
            writer.WriteNumber("incorrect", s.Incorrect);
            Number(writer, "errorRate", s.ErrorRate);
            Number(writer, "low", s.Low);
            Number(writer, "high", s.High);
            if (s.Population == StratumPopulation.Incident)
            {
                Number(writer, "recordingRate", s.RecordingRate);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("combined");
        foreach (var group in report.Combined)
        {
            writer.WriteStartObject();
            writer.WriteString("id", group.Id);
            writer.WriteStartArray("strata");
            foreach (var id in group.Strata)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            IntervalFields(writer, group.Estimate, withFlags: true);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("recording");
        if (report.Recording is { } recording)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("rate");
            Interval(writer, recording.Rate);
            writer.WritePropertyName("accuracy");
            Interval(writer, recording.Accuracy);
            if (recording.UnrecordedPerYear is not null)
            {
                Number(writer, "unrecordedPerYear", recording.UnrecordedPerYear);
                Number(writer, "unrecordedLow", recording.UnrecordedLow);
                Number(writer, "unrecordedHigh", recording.UnrecordedHigh);
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", rule.RuleId);
            writer.WriteString("judgedBy", rule.JudgedBy);
            writer.WriteNumber("fired", rule.Fired);
            writer.WriteNumber("firedConfirmed", rule.FiredConfirmed);
            Number(writer, "precision", rule.Precision?.Estimate);
            Number(writer, "low", rule.Precision?.Low);
            Number(writer, "high", rule.Precision?.High);
            Number(writer, "precisionInSample", rule.PrecisionInSample?.Estimate);
            Number(writer, "recallInSample", rule.RecallInSample?.Estimate);

            // The in-sample Wilson intervals, beside the figures they qualify.
            Number(writer, "precisionInSampleLow", rule.PrecisionInSample?.Low);
            Number(writer, "precisionInSampleHigh", rule.PrecisionInSample?.High);
            Number(writer, "recallInSampleLow", rule.RecallInSample?.Low);
            Number(writer, "recallInSampleHigh", rule.RecallInSample?.High);
            if (rule.Precision?.Reason is { } reason)
            {
                writer.WriteString("reason", reason);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("agreement");
        if (report.Agreement is { } agreement)
        {
            writer.WriteStartObject();
            writer.WriteNumber("items", agreement.Items);
            writer.WriteNumber("reviewers", agreement.Reviewers);
            Number(writer, "observedAgreement", agreement.ObservedAgreement);
            Number(writer, "chanceAgreement", agreement.ChanceAgreement);
            Number(writer, "kappa", agreement.Kappa);
            writer.WriteString("method", agreement.Method);
            if (agreement.Reason is { } reason)
            {
                writer.WriteString("reason", reason);
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartObject("remedy");
        writer.WriteNumber("incorrect", report.Remedy.Incorrect);
        writer.WriteNumber("remedied", report.Remedy.Remedied);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Interval(Utf8JsonWriter writer, IntervalEstimate estimate)
    {
        writer.WriteStartObject();
        IntervalFields(writer, estimate, withFlags: estimate.Flags.Count > 0 || estimate.Reason is not null);
        writer.WriteEndObject();
    }

    private static void IntervalFields(Utf8JsonWriter writer, IntervalEstimate estimate, bool withFlags)
    {
        Number(writer, "estimate", estimate.Estimate);
        Number(writer, "low", estimate.Low);
        Number(writer, "high", estimate.High);
        Number(writer, "variance", estimate.Variance);
        Number(writer, "effectiveN", estimate.EffectiveN);
        if (withFlags)
        {
            writer.WriteStartArray("flags");
            foreach (var flag in estimate.Flags)
            {
                writer.WriteStringValue(flag);
            }

            writer.WriteEndArray();
            if (estimate.Reason is { } reason)
            {
                writer.WriteString("reason", reason);
            }
        }
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
