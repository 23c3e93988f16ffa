namespace Compliance.Rules.Reading;

/// <summary>A problem found before the record is deserialized, at a byte offset within the record.</summary>
internal readonly record struct ShapeProblem(RejectionCode Code, string Reason, long? Offset, string? JsonPath = null);
