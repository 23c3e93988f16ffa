using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Cli.Baselines;

/// <summary>
/// The previous audit's JSON report, as much of it as a comparison needs: its rule pack, and every
/// record, incident and unit finding by rule and severity. Only a report this version writes is accepted
/// (top-level <c>"reportVersion": 2</c>): an older report lacks what the comparison relies on, and
/// a guess would report changes that did not happen.
/// </summary>
internal sealed class BaselineReport
{
    /// <summary>The report version written by this tool and accepted as a baseline.</summary>
    public const int Version = 2;

    private BaselineReport(string source, string packId, string packVersion, string packSha256, IReadOnlyList<BaselineFinding> records, IReadOnlyList<BaselineFinding> units, IReadOnlyList<BaselineFinding> incidents)
    {
        IncidentFindings = incidents;
        Source = source;
        PackId = packId;
        PackVersion = packVersion;
        PackSha256 = packSha256;
        RecordFindings = records;
        UnitFindings = units;
    }

    public string Source { get; }

    public string PackId { get; }

    public string PackVersion { get; }

    public string PackSha256 { get; }

    /// <summary>Record findings in report order.</summary>
    public IReadOnlyList<BaselineFinding> RecordFindings { get; }

    /// <summary>Unit findings in report order.</summary>
    public IReadOnlyList<BaselineFinding> UnitFindings { get; }

    /// <summary>Incident findings in report order (none when the previous audit had no incidents).</summary>
    public IReadOnlyList<BaselineFinding> IncidentFindings { get; }

    /// <summary>Reads a report; null (with the reason) when it is not a version-2 JSON report of this tool.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static BaselineReport? Load(string path, out string? problem)
    {
        problem = null;
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("reportVersion", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != Version)
            {
                problem = $"{path} is not a version-{Version} JSON report of compliance audit (it has no \"reportVersion\": {Version}); re-run the previous audit with --format json";
                return null;
            }

            var pack = root.GetProperty("rulePack");
            var records = new List<BaselineFinding>();
            foreach (var record in root.GetProperty("records").EnumerateArray())
            {
                var id = record.GetProperty("crimeRecordId").GetString()!;
                var unit = record.TryGetProperty("unitId", out var u) ? u.GetString() : null;
                records.AddRange(Findings(record, id, unit));
            }

            var units = new List<BaselineFinding>();
            foreach (var unit in root.GetProperty("units").EnumerateArray())
            {
                units.AddRange(Findings(unit, null, unit.GetProperty("unitId").GetString()));
            }

            var incidents = new List<BaselineFinding>();
            if (root.TryGetProperty("incidents", out var incidentArray))
            {
                foreach (var incident in incidentArray.EnumerateArray())
                {
                    var id = incident.GetProperty("incidentId").GetString()!;
                    var unit = incident.TryGetProperty("unitId", out var u) ? u.GetString() : null;
                    incidents.AddRange(Findings(incident, null, unit).Select(f => f with { IncidentId = id }));
                }
            }

            return new BaselineReport(path, pack.GetProperty("id").GetString()!, pack.GetProperty("version").GetString()!, pack.GetProperty("sha256").GetString()!, records, units, incidents);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            problem = $"{path} is not a version-{Version} JSON report of compliance audit: {e.Message}";
            return null;
        }
    }

    private static IEnumerable<BaselineFinding> Findings(JsonElement owner, string? recordId, string? unitId)
    {
        foreach (var finding in owner.GetProperty("findings").EnumerateArray())
        {
            var severity = Enum.Parse<Severity>(finding.GetProperty("severity").GetString()!, ignoreCase: false);
            yield return new BaselineFinding(recordId, unitId, finding.GetProperty("ruleId").GetString()!, severity);
        }
    }
}
