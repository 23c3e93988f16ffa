namespace Compliance.Rules.Reading;

/// <summary>
/// The decoder a framer is given when parsing is shared: it copies each element into the current
/// <see cref="LineBatch"/> and gives no result (the framer then says it took one), so framing stays
/// exactly what it is for every other read.
/// </summary>
internal sealed class LineCapture : IRecordDecoder
{
    /// <summary>The batch elements go to.</summary>
    public LineBatch? Into { get; set; }

    public ReadResult? Decode(ReadOnlySpan<byte> json, in RecordOrigin origin)
    {
        Into!.Add(json, origin);
        return null;
    }
}
