using System.Text.Json;
using Compliance.Rules.Incidents;

namespace Compliance.Synthetic;

/// <summary>
/// Writes incident logs as JSON Lines, as <see cref="JsonLinesRecordWriter"/> writes records (the same
/// <see cref="JsonLinesBuffer"/>); the stream is not closed.
/// </summary>
internal sealed class JsonLinesIncidentWriter(Stream output) : IDisposable
{
    private readonly JsonLinesBuffer _lines = new(output);

    /// <summary>How many logs have been written.</summary>
    public long Count => _lines.Count;

    public void Write(IncidentLog incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        _lines.WriteLine(json => JsonSerializer.Serialize(json, incident, IncidentJson.TypeInfo));
    }

    public void Flush() => _lines.Flush();

    public void Dispose() => _lines.Dispose();
}
