using Compliance.Rules.Reading;

namespace Compliance.Rules.Incidents;

/// <summary>
/// Turns the bytes of one input incident into a <see cref="ReadResult"/>: the strict checks every
/// input element goes through, with the incident's model and its id <c>incidentId</c>.
/// </summary>
internal sealed class IncidentDecoder : IRecordDecoder
{
    /// <summary>How the reader's checks see an incident.</summary>
    public static readonly InputModel Model = new(() => IncidentJson.TypeInfo, IncidentJson.Options, IncidentJson.MaxDepth, IncidentLog.SupportedSchemaVersions, "incident");

    private static readonly StrictDecoder<IncidentLog>.ElementId IncidentId = new(
        "incidentId", "incident reference", incident => incident.IncidentId, RejectionCode.InvalidIncident, RejectionCode.EmptyIncidentId, RejectionCode.DuplicateIncidentId);

    private readonly StrictDecoder<IncidentLog> _decoder;

    public IncidentDecoder(CrimeRecordIdIndex? ids, IReadOnlyList<string> sourceNames, int maxListLength) =>
        _decoder = new(Model, IncidentJson.Parse, incident => incident.SchemaVersion, IncidentId, ids, sourceNames, maxListLength);

    public ReadResult? Decode(ReadOnlySpan<byte> json, in RecordOrigin origin) =>
        (ReadResult?)_decoder.Decode(json, origin, out var incident) ?? new ParsedIncident(incident!, origin.Source, origin.Line);
}
