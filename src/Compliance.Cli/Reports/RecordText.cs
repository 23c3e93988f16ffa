namespace Compliance.Cli.Reports;

/// <summary>One free-text field of a record.</summary>
/// <param name="Field">Where it is in the record (<c>cancellation.rationaleText</c>).</param>
/// <param name="Text">The text.</param>
internal sealed record RecordText(string Field, string Text);
