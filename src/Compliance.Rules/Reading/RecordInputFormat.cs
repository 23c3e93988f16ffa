namespace Compliance.Rules.Reading;

/// <summary>How records are laid out in an input.</summary>
public enum RecordInputFormat
{
    /// <summary>JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>, standard input): one record object per line; blank lines are skipped.</summary>
    JsonLines,

    /// <summary>A <c>.json</c> document holding either one record object or an array of record objects.</summary>
    Json,
}
