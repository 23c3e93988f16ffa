using Compliance.Rules.Records;

namespace Compliance.Cli.Reports;

/// <summary>
/// The free texts of a record that explain its decisions, for <c>--include-text</c>: the rationale of
/// the recording decision and of the cancellation, the justification of each reclassification, and
/// the summaries of the evidence relied on. A reviewer reads them beside a finding to judge whether
/// the decision's stated grounds hold; they are personal data, so reports leave them out by default.
/// </summary>
internal static class RecordTexts
{
    public static IReadOnlyList<RecordText> Of(CrimeRecord record)
    {
        var texts = new List<RecordText>();
        void Add(string field, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                texts.Add(new RecordText(field, text));
            }
        }

        Add("recordingDecision.rationaleText", record.RecordingDecision?.RationaleText);
        var evidence = record.RecordingDecision?.CredibleEvidenceToContrary ?? [];
        for (var i = 0; i < evidence.Count; i++)
        {
            Add($"recordingDecision.credibleEvidenceToContrary[{i}].summary", evidence[i].Summary);
        }

        for (var i = 0; i < record.ClassificationHistory.Count; i++)
        {
            Add($"classificationHistory[{i}].justificationText", record.ClassificationHistory[i].JustificationText);
        }

        Add("cancellation.rationaleText", record.Cancellation?.RationaleText);
        for (var i = 0; i < record.AdditionalVerifiableInformation.Count; i++)
        {
            Add($"additionalVerifiableInformation[{i}].summary", record.AdditionalVerifiableInformation[i].Summary);
        }

        return texts;
    }
}
