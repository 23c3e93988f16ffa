using System.Globalization;
using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Rules.Sampling;

/// <summary>
/// Writes and reads <c>sample.json</c>. Written in one fixed key order with items in plan and
/// selection order, so the same plan, seed, as-of, pack and records give the same bytes (apart from
/// <c>inputs</c>, which name the files). Read back strictly: every problem with its line and path.
/// </summary>
public static class SampleJson
{
    private static readonly string[] TopKeys = ["planId", "seed", "seedSource", "adjudicator", "asOf", "rulePack", "blind", "inputs", "rejected", "outOfFrame", "strata", "combine", "items"];
    private static readonly string[] PackKeys = ["id", "version", "sha256"];
    private static readonly string[] InputKeys = ["sha256", "records", "incidents"];
    private static readonly string[] RejectedKeys = ["records", "incidents"];
    private static readonly string[] StratumKeys = ["id", "population", "decision", "N", "n"];
    private static readonly string[] GroupKeys = ["id", "strata"];
    private static readonly string[] ItemKeys = ["itemKey", "stratumId", "rank", "findings"];

    /// <summary>Writes a sample.</summary>
    /// <param name="output">The stream.</param>
    /// <param name="sample">The sample.</param>
    public static void Write(Stream output, Sample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("planId", sample.PlanId);

        // A string: the canonical decimal text is what is hashed, and a JSON number above 2⁵³
        // would lose digits in a spreadsheet or a JavaScript reader.
        writer.WriteString("seed", sample.Seed.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("seedSource", sample.SeedSource);
        writer.WriteString("adjudicator", sample.Adjudicator);
        writer.WriteString("asOf", StrictTimestampConverter.Format(sample.AsOf));
        writer.WriteStartObject("rulePack");
        writer.WriteString("id", sample.RulePack.Id);
        writer.WriteString("version", sample.RulePack.Version);
        writer.WriteString("sha256", sample.RulePack.Sha256);
        writer.WriteEndObject();
        writer.WriteBoolean("blind", sample.Blind);
        writer.WriteStartArray("inputs");
        foreach (var input in sample.Inputs)
        {
            writer.WriteStartObject();
            writer.WriteString("sha256", input.Sha256);
            writer.WriteNumber("records", input.Records);
            writer.WriteNumber("incidents", input.Incidents);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("rejected");
        writer.WriteNumber("records", sample.RejectedRecords);
        writer.WriteNumber("incidents", sample.RejectedIncidents);
        writer.WriteEndObject();
        writer.WriteNumber("outOfFrame", sample.OutOfFrame);
        writer.WriteStartArray("strata");
        foreach (var stratum in sample.Strata)
        {
            writer.WriteStartObject();
            writer.WriteString("id", stratum.Id);
            writer.WriteString("population", Name(stratum.Population));
            writer.WriteString("decision", Name(stratum.Decision));
            writer.WriteNumber("N", stratum.N);
            writer.WriteNumber("n", stratum.SampleSize);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("combine");
        foreach (var group in sample.Combine)
        {
            writer.WriteStartObject();
            writer.WriteString("id", group.Id);
            writer.WriteStartArray("strata");
            foreach (var id in group.Strata)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("items");
        foreach (var item in sample.Items)
        {
            writer.WriteStartObject();
            writer.WriteString("itemKey", item.ItemKey);
            writer.WriteString("stratumId", item.StratumId);
            writer.WriteNumber("rank", item.Rank);
            writer.WriteStartArray("findings");
            foreach (var ruleId in item.Findings)
            {
                writer.WriteStringValue(ruleId);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads a sample file.</summary>
    /// <param name="json">The bytes.</param>
    /// <param name="source">The file name, for errors.</param>
    /// <returns>The sample.</returns>
    /// <exception cref="SamplingException">The file is not a valid sample; every problem is listed.</exception>
    public static Sample Read(ReadOnlyMemory<byte> json, string source)
    {
        var (document, check) = JsonChecker.OpenObject(json, source, TopKeys);
        using var opened = document;
        var root = document.RootElement;

        var planId = check.String(root, "$", "planId", required: true);
        long seed = 0;
        if (check.Value(root, "$", "seed", true) is { } seedValue
            && !(seedValue.ValueKind == JsonValueKind.String ? SelectionOrder.TryParseSeed(seedValue.GetString(), out seed) : seedValue.ValueKind == JsonValueKind.Number && seedValue.TryGetInt64(out seed) && seed >= 0))
        {
            check.Error("$.seed", $"{seedValue.GetRawText()} is not a seed (a whole number 0 ≤ n < 2⁶³)");
        }

        var seedSource = check.String(root, "$", "seedSource");
        var adjudicator = check.String(root, "$", "adjudicator", required: true);
        var asOf = check.Timestamp(root, "$", "asOf", required: true);
        SampleRulePack? pack = null;
        if (check.Value(root, "$", "rulePack", true) is { } packElement && check.Object(packElement, "$.rulePack", PackKeys))
        {
            var id = check.String(packElement, "$.rulePack", "id", required: true);
            var version = check.String(packElement, "$.rulePack", "version", required: true);
            var sha = check.String(packElement, "$.rulePack", "sha256", required: true);
            pack = new SampleRulePack(id ?? string.Empty, version ?? string.Empty, sha ?? string.Empty);
        }

        var blind = check.Boolean(root, "$", "blind") ?? true;
        var inputs = new List<SampleInput>();
        var inputElements = check.Array(root, "$", "inputs", required: true) ?? [];
        for (var i = 0; i < inputElements.Length; i++)
        {
            var path = JsonPaths.Element("$.inputs", i);
            if (check.Object(inputElements[i], path, InputKeys))
            {
                inputs.Add(new SampleInput(
                    check.String(inputElements[i], path, "sha256", required: true) ?? string.Empty,
                    check.Integer(inputElements[i], path, "records", required: true) ?? 0,
                    check.Integer(inputElements[i], path, "incidents") ?? 0));
            }
        }

        long rejectedRecords = 0, rejectedIncidents = 0;
        if (check.Value(root, "$", "rejected", false) is { } rejected && check.Object(rejected, "$.rejected", RejectedKeys))
        {
            rejectedRecords = check.Integer(rejected, "$.rejected", "records") ?? 0;
            rejectedIncidents = check.Integer(rejected, "$.rejected", "incidents") ?? 0;
        }

        var outOfFrame = check.Integer(root, "$", "outOfFrame") ?? 0;
        var strata = ReadStrata(check, root);
        var combine = ReadCombine(check, root, strata);
        var items = ReadItems(check, root, strata);
        if (check.Problems.Count > 0)
        {
            throw new SamplingException(check.Problems);
        }

        return new Sample(planId!, seed, seedSource, adjudicator!, asOf!.Value, pack!, blind, inputs, rejectedRecords, rejectedIncidents, outOfFrame, strata, combine, items);
    }

    internal static string Name(StratumPopulation population) => population == StratumPopulation.Incident ? "incident" : "record";

    internal static string Name(SampledDecision decision) => decision.ToString().ToLowerInvariant();

    private static List<SampleStratum> ReadStrata(JsonChecker check, JsonElement root)
    {
        var strata = new List<SampleStratum>();
        var elements = check.Array(root, "$", "strata", required: true) ?? [];
        for (var i = 0; i < elements.Length; i++)
        {
            var path = JsonPaths.Element("$.strata", i);
            if (!check.Object(elements[i], path, StratumKeys))
            {
                continue;
            }

            var before = check.Problems.Count;
            var id = check.String(elements[i], path, "id", required: true);
            var populationText = check.String(elements[i], path, "population", required: true);
            var decisionText = check.String(elements[i], path, "decision", required: true);
            var population = populationText switch { "record" => StratumPopulation.Record, "incident" => StratumPopulation.Incident, _ => (StratumPopulation?)null };
            var decision = Enum.GetValues<SampledDecision>().Select(d => (SampledDecision?)d).FirstOrDefault(d => Name(d!.Value) == decisionText);
            if (populationText is not null && population is null)
            {
                check.Error(path + ".population", $"\"{populationText}\" is not a population (record, incident)");
            }

            if (decisionText is not null && decision is null)
            {
                check.Error(path + ".decision", $"\"{decisionText}\" is not a decision");
            }

            var bigN = check.Integer(elements[i], path, "N", required: true);
            var n = check.Integer(elements[i], path, "n", required: true);
            if (bigN is { } total && n is { } drawn && drawn > total)
            {
                check.Error(path + ".n", $"n ({drawn}) is larger than N ({total})");
            }

            if (id is not null && strata.Any(s => s.Id == id))
            {
                check.Error(path + ".id", $"the stratum id \"{id}\" is used twice");
            }

            if (check.Problems.Count == before)
            {
                strata.Add(new SampleStratum(id!, population!.Value, decision!.Value, bigN!.Value, n!.Value));
            }
        }

        return strata;
    }

    private static List<PlanGroup> ReadCombine(JsonChecker check, JsonElement root, List<SampleStratum> strata)
    {
        var groups = new List<PlanGroup>();
        var elements = check.Array(root, "$", "combine") ?? [];
        for (var i = 0; i < elements.Length; i++)
        {
            var path = JsonPaths.Element("$.combine", i);
            if (!check.Object(elements[i], path, GroupKeys))
            {
                continue;
            }

            var id = check.String(elements[i], path, "id", required: true);
            var members = check.Strings(elements[i], path, "strata", required: true) ?? [];
            for (var j = 0; j < members.Length; j++)
            {
                if (!strata.Any(s => s.Id == members[j]))
                {
                    check.Error($"{path}.strata[{j}]", $"the sample has no stratum \"{members[j]}\"");
                }
            }

            if (id is not null)
            {
                groups.Add(new PlanGroup(id, members));
            }
        }

        return groups;
    }

    private static List<SampleItem> ReadItems(JsonChecker check, JsonElement root, List<SampleStratum> strata)
    {
        var items = new List<SampleItem>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var elements = check.Array(root, "$", "items", required: true) ?? [];
        for (var i = 0; i < elements.Length; i++)
        {
            var path = JsonPaths.Element("$.items", i);
            if (!check.Object(elements[i], path, ItemKeys))
            {
                continue;
            }

            var before = check.Problems.Count;
            var key = check.String(elements[i], path, "itemKey", required: true);
            var stratumId = check.String(elements[i], path, "stratumId", required: true);
            var rank = check.Integer(elements[i], path, "rank", required: true, min: 1);
            var findings = check.Strings(elements[i], path, "findings") ?? [];
            if (key is not null && !keys.Add(key))
            {
                check.Error(path + ".itemKey", $"the item \"{key}\" is listed twice");
            }

            if (stratumId is not null && !strata.Any(s => s.Id == stratumId))
            {
                check.Error(path + ".stratumId", $"the sample has no stratum \"{stratumId}\"");
            }

            if (check.Problems.Count == before)
            {
                items.Add(new SampleItem(key!, stratumId!, rank!.Value, findings));
            }
        }

        foreach (var stratum in strata)
        {
            var count = items.Count(i => i.StratumId == stratum.Id);
            if (count != stratum.SampleSize && check.Problems.Count == 0)
            {
                check.Error("$.items", $"the stratum \"{stratum.Id}\" has n = {stratum.SampleSize} but {count} items");
            }
        }

        return items;
    }
}
