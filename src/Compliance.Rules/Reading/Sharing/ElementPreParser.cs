namespace Compliance.Rules.Reading;

/// <summary>Parses one element's bytes on the calling thread; null when it does not accept them plainly.</summary>
/// <param name="json">The element.</param>
/// <returns>The parsed element, or null.</returns>
internal delegate object? ElementPreParser(ReadOnlySpan<byte> json);
