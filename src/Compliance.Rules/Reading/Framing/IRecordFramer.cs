namespace Compliance.Rules.Reading;

/// <summary>
/// Finds the input records of one format in an <see cref="InputBuffer"/>, as a state machine that
/// never does I/O itself, so that one implementation serves both the synchronous and the
/// asynchronous reader.
/// </summary>
internal interface IRecordFramer
{
    /// <summary>Whether the input is exhausted and every record was produced.</summary>
    bool Finished { get; }

    /// <summary>Takes the next record from the buffer.</summary>
    /// <param name="input">The buffer; consumed as records are taken.</param>
    /// <param name="result">The next result, when there is one.</param>
    /// <returns>
    /// True with a result (which may be null when the decoder only collects, as in a pre-scan);
    /// false when the buffer holds no complete record (fill it, unless it is
    /// <see cref="InputBuffer.Completed"/>) or when <see cref="Finished"/>.
    /// </returns>
    bool TryTake(InputBuffer input, out ReadResult? result);
}
