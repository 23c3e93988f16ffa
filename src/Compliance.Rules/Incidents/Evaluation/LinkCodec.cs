using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents.Evaluation;

/// <summary>
/// How the join writes a <see cref="RecordLink"/> to a temporary file: ids as length-prefixed UTF-8,
/// the outcome as a byte, instants as UTC ticks, up to eight classification groups and the victims'
/// hashes. About 60–120 bytes per record with ids of the usual length.
/// </summary>
internal static class LinkCodec
{
    private const byte NoOutcome = byte.MaxValue;

    public static void Write(BinaryWriter writer, RecordLink link)
    {
        writer.Write(link.CrimeRecordId);
        WriteOptional(writer, link.IncidentId);
        writer.Write(link.Rejected);
        writer.Write(link.Outcome is { } outcome ? (byte)outcome : NoOutcome);
        WriteInstant(writer, link.DecidedAt);
        WriteOptional(writer, link.AllegationGroup);
        writer.Write((byte)link.History.Count);
        foreach (var entry in link.History)
        {
            writer.Write(entry.Group);
            writer.Write(entry.EffectiveAt.UtcTicks);
        }

        writer.Write(link.VictimHashes.Count);
        foreach (var hash in link.VictimHashes)
        {
            writer.Write(hash);
        }

        writer.Write(link.SoundN100);
    }

    public static RecordLink Read(BinaryReader reader)
    {
        var id = reader.ReadString();
        var incidentId = ReadOptional(reader);
        var rejected = reader.ReadBoolean();
        var outcome = reader.ReadByte();
        var decidedAt = ReadInstant(reader);
        var group = ReadOptional(reader);
        var history = new GroupAt[reader.ReadByte()];
        for (var i = 0; i < history.Length; i++)
        {
            history[i] = new GroupAt(reader.ReadString(), new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero));
        }

        var victims = new ulong[reader.ReadInt32()];
        for (var i = 0; i < victims.Length; i++)
        {
            victims[i] = reader.ReadUInt64();
        }

        return new RecordLink(id, incidentId, rejected, outcome == NoOutcome ? null : (RecordingOutcome)outcome, decidedAt, group, history, victims, reader.ReadBoolean());
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteInstant(BinaryWriter writer, DateTimeOffset? instant)
    {
        writer.Write(instant is not null);
        if (instant is { } at)
        {
            writer.Write(at.UtcTicks);
        }
    }

    private static DateTimeOffset? ReadInstant(BinaryReader reader) => reader.ReadBoolean() ? new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero) : null;
}
