using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Rules.Records;

namespace Compliance.Rules.Timelines;

/// <summary>
/// Reads the timelines of a pack (<c>"timelines": { "countingRules": [ … ], … }</c>) and applies a
/// policy's edits (<c>set</c> fields of existing entries, <c>add</c> whole entries; nothing is ever
/// removed). Every problem is collected with its JSON path rather than stopping at the first.
/// </summary>
internal static class TimelineReader
{
    private static readonly string[] CountingRulesFields = ["id", "aliases", "from", "recordingLimitHours", "cancellationCodes", "hasN100", "cancellationAuthority", "source", "introduces"];
    private static readonly string[] OutcomesFields = ["id", "from", "validOutcomeTypes", "sanctionTypes", "victimDecisionTypes", "source", "introduces"];
    private static readonly string[] VictimsCodeFields = ["id", "from", "crimeReferenceWorkingDays", "decisionNoticeWorkingDays", "enhancedDecisionNoticeWorkingDays", "coversUnrecordedReports", "source", "introduces"];
    private static readonly string[] RightToReviewFields = ["id", "from", "available", "outcomes", "source", "introduces"];

    /// <summary>Fields an entry may leave out (they default to an empty list).</summary>
    private static readonly HashSet<string> OptionalFields = ["aliases", "introduces"];

    /// <summary>The fields an entry of a timeline has.</summary>
    public static IReadOnlyList<string> FieldsOf(string timeline) => timeline switch
    {
        TimelineSet.CountingRulesName => CountingRulesFields,
        TimelineSet.OutcomesName => OutcomesFields,
        TimelineSet.VictimsCodeName => VictimsCodeFields,
        TimelineSet.RightToReviewName => RightToReviewFields,
        _ => [],
    };

    /// <summary>The timelines as JSON objects per name (the form edits work on).</summary>
    public static Dictionary<string, List<JsonObject>> ToNodes(JsonElement timelines, string path, List<TimelineError> errors)
    {
        var result = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
        if (timelines.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, "expected an object with the timelines countingRules, outcomes, victimsCode and rightToReview"));
            return result;
        }

        foreach (var property in timelines.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (!TimelineSet.Names.Contains(property.Name))
            {
                errors.Add(new(at, $"unknown timeline (one of {string.Join(", ", TimelineSet.Names)})"));
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new(at, "expected an array of entries"));
                continue;
            }

            var entries = new List<JsonObject>();
            var i = 0;
            foreach (var item in property.Value.EnumerateArray())
            {
                if (JsonNode.Parse(item.GetRawText()) is JsonObject entry)
                {
                    entries.Add(entry);
                }
                else
                {
                    errors.Add(new($"{at}[{i}]", "expected an object"));
                }

                i++;
            }

            result[property.Name] = entries;
        }

        foreach (var name in TimelineSet.Names.Where(n => !result.ContainsKey(n)))
        {
            errors.Add(new($"{path}.{name}", "missing: every pack gives the four timelines"));
        }

        return result;
    }

    /// <summary>Applies a policy's <c>timelines</c> edits to the nodes (in place).</summary>
    public static void ApplyEdits(Dictionary<string, List<JsonObject>> nodes, JsonElement edits, string path, List<TimelineError> errors)
    {
        if (edits.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, "expected an object: { \"<timeline>\": { \"set\": { … }, \"add\": [ … ] } }"));
            return;
        }

        foreach (var timeline in edits.EnumerateObject())
        {
            var at = $"{path}.{timeline.Name}";
            if (!nodes.TryGetValue(timeline.Name, out var entries))
            {
                errors.Add(new(at, $"unknown timeline (one of {string.Join(", ", TimelineSet.Names)})"));
                continue;
            }

            if (timeline.Value.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(at, "expected an object with \"set\" and/or \"add\""));
                continue;
            }

            var fields = FieldsOf(timeline.Name);
            foreach (var operation in timeline.Value.EnumerateObject())
            {
                var opAt = $"{at}.{operation.Name}";
                switch (operation.Name)
                {
                    case "set" when operation.Value.ValueKind == JsonValueKind.Object:
                        foreach (var target in operation.Value.EnumerateObject())
                        {
                            var entryAt = $"{opAt}.{target.Name}";
                            var entry = entries.FirstOrDefault(e => IdOf(e) == target.Name);
                            if (entry is null)
                            {
                                errors.Add(new(entryAt, $"timeline {timeline.Name} has no entry \"{target.Name}\" (entries: {string.Join(", ", entries.Select(IdOf))}); use \"add\" for a new entry"));
                                continue;
                            }

                            if (target.Value.ValueKind != JsonValueKind.Object)
                            {
                                errors.Add(new(entryAt, "expected an object of fields to set"));
                                continue;
                            }

                            foreach (var field in target.Value.EnumerateObject())
                            {
                                if (field.Name == "id")
                                {
                                    errors.Add(new($"{entryAt}.id", "an entry's id cannot be changed"));
                                }
                                else if (!fields.Contains(field.Name))
                                {
                                    errors.Add(new($"{entryAt}.{field.Name}", $"an entry of {timeline.Name} has no field \"{field.Name}\" (fields: {string.Join(", ", fields)})"));
                                }
                                else
                                {
                                    entry[field.Name] = JsonNode.Parse(field.Value.GetRawText());
                                }
                            }
                        }

                        break;
                    case "add" when operation.Value.ValueKind == JsonValueKind.Array:
                        var i = 0;
                        foreach (var item in operation.Value.EnumerateArray())
                        {
                            var itemAt = $"{opAt}[{i++}]";
                            if (JsonNode.Parse(item.GetRawText()) is not JsonObject added)
                            {
                                errors.Add(new(itemAt, "expected a whole entry (an object)"));
                                continue;
                            }

                            var missing = fields.Where(f => !OptionalFields.Contains(f) && !added.ContainsKey(f)).ToArray();
                            if (missing.Length > 0)
                            {
                                errors.Add(new(itemAt, $"an added entry gives every field; missing: {string.Join(", ", missing)}"));
                                continue;
                            }

                            // Added entries go where their date puts them; the check of strictly increasing dates follows.
                            var from = added["from"]?.GetValueKind() == JsonValueKind.String ? added["from"]!.GetValue<string>() : null;
                            var index = entries.FindIndex(e => string.CompareOrdinal(e["from"]?.GetValueKind() == JsonValueKind.String ? e["from"]!.GetValue<string>() : null, from) > 0);
                            entries.Insert(index < 0 ? entries.Count : index, added);
                        }

                        break;
                    case "set" or "add":
                        errors.Add(new(opAt, operation.Name == "set" ? "expected an object: { \"<entryId>\": { \"<field>\": value } }" : "expected an array of whole entries"));
                        break;
                    default:
                        errors.Add(new(opAt, "a timeline edit has only \"set\" and \"add\" (entries cannot be removed)"));
                        break;
                }
            }
        }
    }

    /// <summary>Turns the nodes into typed timelines; null when any entry has a problem (all are reported).</summary>
    public static TimelineSet? Build(Dictionary<string, List<JsonObject>> nodes, string path, List<TimelineError> errors)
    {
        var before = errors.Count;
        var countingRules = Read(nodes, TimelineSet.CountingRulesName, path, errors, ReadCountingRules);
        var outcomes = Read(nodes, TimelineSet.OutcomesName, path, errors, ReadOutcomes);
        var victimsCode = Read(nodes, TimelineSet.VictimsCodeName, path, errors, ReadVictimsCode);
        var rightToReview = Read(nodes, TimelineSet.RightToReviewName, path, errors, ReadRightToReview);
        if (errors.Count > before || countingRules is null || outcomes is null || victimsCode is null || rightToReview is null)
        {
            return null;
        }

        try
        {
            return new TimelineSet(countingRules, outcomes, victimsCode, rightToReview);
        }
        catch (ArgumentException e)
        {
            errors.Add(new($"{path}.{TimelineSet.CountingRulesName}", e.Message));
            return null;
        }
    }

    /// <summary>A canonical text of the effective timelines (part of the pack's hash).</summary>
    public static string Canonical(Dictionary<string, List<JsonObject>> nodes)
    {
        var text = new StringBuilder();
        foreach (var name in TimelineSet.Names)
        {
            text.Append(name).Append('=');
            foreach (var entry in nodes.GetValueOrDefault(name) ?? [])
            {
                text.Append('{');
                foreach (var field in entry.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(field.Key).Append(':').Append(field.Value?.ToJsonString() ?? "null").Append(';');
                }

                text.Append('}');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string? IdOf(JsonObject entry) =>
        entry["id"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static Timeline<T>? Read<T>(Dictionary<string, List<JsonObject>> nodes, string name, string path, List<TimelineError> errors, Func<EntryReader, T?> read)
        where T : class, ITimelineEntry
    {
        if (!nodes.TryGetValue(name, out var entries))
        {
            return null;
        }

        var at = $"{path}.{name}";
        if (entries.Count == 0)
        {
            errors.Add(new(at, "a timeline needs at least one entry"));
            return null;
        }

        var typed = new List<T>();
        var before = errors.Count;
        for (var i = 0; i < entries.Count; i++)
        {
            var reader = new EntryReader(entries[i], $"{at}[{i}]", FieldsOf(name), errors);
            if (read(reader) is { } entry && !reader.Failed)
            {
                if (typed.Any(e => e.Id == entry.Id))
                {
                    errors.Add(new($"{at}[{i}].id", $"entry \"{entry.Id}\" is defined twice"));
                }

                if (typed.Count > 0 && entry.From <= typed[^1].From)
                {
                    errors.Add(new($"{at}[{i}].from", $"\"from\" dates must strictly increase: {entry.From:yyyy-MM-dd} does not come after {typed[^1].From:yyyy-MM-dd} ({typed[^1].Id})"));
                }

                typed.Add(entry);
            }
        }

        return errors.Count > before ? null : new Timeline<T>(name, typed);
    }

    private static CountingRulesEntry? ReadCountingRules(EntryReader r)
    {
        var authority = r.Object("cancellationAuthority");
        CancellationAuthority? Authority(string key)
        {
            if (authority?[key] is not JsonObject group)
            {
                r.Fail($"cancellationAuthority.{key}", "expected an object { \"accreditations\": [ … ], \"roles\": [ … ] }");
                return null;
            }

            var accreditations = r.Enums<AccreditationType>(group["accreditations"], $"cancellationAuthority.{key}.accreditations");
            var roles = r.Enums<OfficerRole>(group["roles"], $"cancellationAuthority.{key}.roles");
            return accreditations is null || roles is null ? null : new CancellationAuthority(accreditations, roles);
        }

        var serious = authority is null ? null : Authority("seriousGroups");
        var other = authority is null ? null : Authority("otherGroups");
        var codes = r.Enums<CancellationCode>(r.Node("cancellationCodes"), "cancellationCodes");
        bool? hasN100 = r.Node("hasN100") switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
            JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
            JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == "unknown" => null,
            _ => r.Fail<bool?>("hasN100", "expected true, false or \"unknown\""),
        };
        var limit = r.Int("recordingLimitHours");
        if (limit is <= 0)
        {
            r.Fail("recordingLimitHours", "must be positive");
        }

        return new CountingRulesEntry(r.Id, r.From, r.Strings("aliases") ?? [], limit ?? 0, codes ?? [], hasN100,
            serious ?? new([], []), other ?? new([], []), r.Source, r.Strings("introduces") ?? []);
    }

    private static OutcomesEntry? ReadOutcomes(EntryReader r)
    {
        var valid = r.Ints("validOutcomeTypes");
        if (valid is not null && !valid.Contains(0))
        {
            r.Fail("validOutcomeTypes", "0 (not yet assigned) is valid in every entry");
        }

        return new OutcomesEntry(r.Id, r.From, valid ?? [], r.Ints("sanctionTypes") ?? [], r.Ints("victimDecisionTypes") ?? [], r.Source, r.Strings("introduces") ?? []);
    }

    private static VictimsCodeEntry? ReadVictimsCode(EntryReader r)
    {
        int? crimeReference = r.Node("crimeReferenceWorkingDays") is null ? null : r.Int("crimeReferenceWorkingDays");
        var notice = r.Int("decisionNoticeWorkingDays");
        var enhanced = r.Int("enhancedDecisionNoticeWorkingDays");
        if (crimeReference is < 0 || notice is < 0 || enhanced is < 0)
        {
            r.Fail("decisionNoticeWorkingDays", "working days cannot be negative");
        }

        return new VictimsCodeEntry(r.Id, r.From, crimeReference, notice ?? 0, enhanced ?? 0, r.Bool("coversUnrecordedReports") ?? false, r.Source, r.Strings("introduces") ?? []);
    }

    private static RightToReviewEntry? ReadRightToReview(EntryReader r) =>
        new(r.Id, r.From, r.Bool("available") ?? false, r.Ints("outcomes") ?? [], r.Source, r.Strings("introduces") ?? []);

    /// <summary>Reads the fields of one entry, recording every problem with its path.</summary>
    private sealed class EntryReader
    {
        private readonly JsonObject _entry;
        private readonly string _path;
        private readonly List<TimelineError> _errors;

        public EntryReader(JsonObject entry, string path, IReadOnlyList<string> fields, List<TimelineError> errors)
        {
            _entry = entry;
            _path = path;
            _errors = errors;
            foreach (var (key, _) in entry)
            {
                if (!fields.Contains(key))
                {
                    Fail(key, $"unknown field (fields: {string.Join(", ", fields)})");
                }
            }

            foreach (var field in fields.Where(f => !OptionalFields.Contains(f) && !entry.ContainsKey(f)))
            {
                Fail(field, "missing");
            }

            Id = Node("id") is JsonValue id && id.GetValueKind() == JsonValueKind.String && id.GetValue<string>().Trim().Length > 0
                ? id.GetValue<string>()
                : Fail<string>("id", "expected a non-empty string") ?? string.Empty;
            From = Node("from") is JsonValue from && from.GetValueKind() == JsonValueKind.String
                && DateOnly.TryParseExact(from.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : Fail<DateOnly>("from", "expected an ISO date (yyyy-MM-dd), Europe/London");
            Source = Node("source") is JsonValue source && source.GetValueKind() == JsonValueKind.String && source.GetValue<string>().Trim().Length > 0
                ? source.GetValue<string>()
                : Fail<string>("source", "expected the entry's public source, \"unverified\" or \"tool policy\"") ?? string.Empty;
        }

        public bool Failed { get; private set; }

        public string Id { get; }

        public DateOnly From { get; }

        public string Source { get; }

        public JsonNode? Node(string field) => _entry.TryGetPropertyValue(field, out var node) ? node : null;

        public JsonObject? Object(string field) => Node(field) as JsonObject ?? Fail<JsonObject>(field, "expected an object");

        public int? Int(string field) =>
            Node(field) is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) ? n : Fail<int?>(field, "expected a whole number");

        public bool? Bool(string field) => Node(field) switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
            JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
            _ => Fail<bool?>(field, "expected true or false"),
        };

        public int[]? Ints(string field)
        {
            if (Node(field) is not JsonArray array)
            {
                return Fail<int[]>(field, "expected an array of whole numbers");
            }

            var values = new List<int>();
            foreach (var item in array)
            {
                if (item is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) && n >= 0)
                {
                    values.Add(n);
                }
                else
                {
                    return Fail<int[]>(field, $"{item?.ToJsonString() ?? "null"} is not an outcome type (a whole number, 0 or more)");
                }
            }

            return [.. values.Distinct().Order()];
        }

        public string[]? Strings(string field)
        {
            if (Node(field) is null)
            {
                return null;
            }

            if (Node(field) is not JsonArray array || array.Any(i => i is not JsonValue v || v.GetValueKind() != JsonValueKind.String))
            {
                return Fail<string[]>(field, "expected an array of strings");
            }

            return [.. array.Select(i => i!.GetValue<string>())];
        }

        public T[]? Enums<T>(JsonNode? node, string field)
            where T : struct, Enum
        {
            if (node is not JsonArray array)
            {
                return Fail<T[]>(field, $"expected an array of {typeof(T).Name} names");
            }

            var values = new List<T>();
            foreach (var item in array)
            {
                var text = item is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
                var match = Enum.GetValues<T>().Where(e => EnumNames.Of(e) == text).Take(1).ToArray();
                if (match.Length == 1)
                {
                    values.Add(match[0]);
                }
                else
                {
                    return Fail<T[]>(field, $"{item?.ToJsonString() ?? "null"} is not a {typeof(T).Name} ({string.Join(", ", Enum.GetValues<T>().Select(e => EnumNames.Of(e)))})");
                }
            }

            return [.. values.Distinct()];
        }

        public void Fail(string field, string message)
        {
            Failed = true;
            _errors.Add(new($"{_path}.{field}", message));
        }

        public T? Fail<T>(string field, string message)
        {
            Fail(field, message);
            return default;
        }
    }
}
