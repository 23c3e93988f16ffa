namespace Compliance.Rules.Reading;

/// <summary>
/// A decoder whose costly part, parsing an element's bytes into the model, may run on any thread
/// ahead of the part that must follow input order (the duplicate index, the counts): what lets
/// <see cref="SharedParsing"/> give parsing to threads that would otherwise wait.
/// </summary>
internal interface ISharedDecoder : IRecordDecoder
{
    /// <summary>A parser for the calling thread's use only; null when this decoder has nothing to share.</summary>
    /// <returns>The parser.</returns>
    ElementPreParser? CreatePreParser();

    /// <summary>
    /// Decodes one element in input order, given what a parser of <see cref="CreatePreParser"/>
    /// made of the same bytes: the result <see cref="IRecordDecoder.Decode"/> gives for them.
    /// </summary>
    /// <param name="json">The element, without its line end.</param>
    /// <param name="origin">Where it starts.</param>
    /// <param name="preParsed">The parsed element, or null where the parser gave up (the element is then decoded from its bytes).</param>
    /// <returns>The result.</returns>
    ReadResult Decode(ReadOnlySpan<byte> json, in RecordOrigin origin, object? preParsed);
}
