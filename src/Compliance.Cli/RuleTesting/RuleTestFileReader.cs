using System.Text.Json;
using Compliance.Rules.Packs;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Cli.RuleTesting;

/// <summary>
/// Reads rule test files (<c>*.ruletest.json</c>: one test object or an array of them) strictly:
/// every problem is reported with the file and the JSON path, and a file with any problem yields
/// no tests. Paths inside a test are relative to its file.
/// </summary>
internal sealed class RuleTestFileReader(RuleTestPacks packs)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly string[] TestProperties = ["name", "asOf", "policy", "record", "recordFile", "id", "incident", "records", "expect"];
    private static readonly string[] ExpectProperties = ["fired", "notFired", "severity", "exactly"];

    private readonly Dictionary<string, RecordFileIndex> _recordFiles = new(StringComparer.Ordinal);

    /// <summary>The scope of the rules the test being read may name (set per test: record, or incident for an incident test).</summary>
    private RuleScope _scope = RuleScope.Record;

    /// <summary>The tests of one file, or null (with problems added) when the file is not valid.</summary>
    public IReadOnlyList<RuleTest>? Read(string fullPath, string displayName, List<RuleTestProblem> problems)
    {
        var before = problems.Count;
        void Problem(string path, string message) => problems.Add(new RuleTestProblem(displayName, path, message));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(fullPath), DocumentOptions);
        }
        catch (JsonException e)
        {
            Problem("$", $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {FirstSentence(e.Message)}");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem("$", $"cannot be read: {e.Message}");
            return null;
        }

        using (document)
        {
            var tests = new List<RuleTest>();
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    Add(ReadTest(root, "$", fullPath, displayName, Problem));
                    break;
                case JsonValueKind.Array when root.GetArrayLength() > 0:
                    var index = 0;
                    foreach (var element in root.EnumerateArray())
                    {
                        Add(ReadTest(element, $"$[{index++}]", fullPath, displayName, Problem));
                    }

                    break;
                default:
                    Problem("$", "a rule test file holds one test object or a non-empty array of them");
                    break;
            }

            return problems.Count == before ? tests : null;

            void Add(RuleTest? test)
            {
                if (test is not null)
                {
                    tests.Add(test);
                }
            }
        }
    }

    private RuleTest? ReadTest(JsonElement test, string at, string fullPath, string displayName, Action<string, string> problem)
    {
        if (test.ValueKind != JsonValueKind.Object)
        {
            problem(at, "a test is a JSON object");
            return null;
        }

        foreach (var property in test.EnumerateObject().Where(p => !TestProperties.Contains(p.Name)))
        {
            problem($"{at}.{property.Name}", $"unknown property (a test has {string.Join(", ", TestProperties)})");
        }

        var folder = Path.GetDirectoryName(fullPath)!;
        var name = RequiredString(test, "name", at, problem);
        DateTimeOffset asOf = default;
        if (RequiredString(test, "asOf", at, problem) is { } asOfText && !StrictTimestampConverter.TryParse(asOfText, out asOf))
        {
            problem($"{at}.asOf", $"'{asOfText}' is not an ISO 8601 timestamp with an offset (e.g. 2010-01-01T00:00:00Z)");
        }

        string? policyPath = null;
        if (OptionalString(test, "policy", at, problem) is { } policy)
        {
            policyPath = Path.GetFullPath(Path.Combine(folder, policy));
            try
            {
                packs.PackFor(policyPath);
            }
            catch (RulePackException e)
            {
                foreach (var error in e.Errors)
                {
                    problem($"{at}.policy", $"{policy}: {error}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem($"{at}.policy", $"cannot read {policy}: {e.Message}");
            }
        }

        _scope = test.TryGetProperty("incident", out _) ? RuleScope.Incident : RuleScope.Record;
        if (test.TryGetProperty("incident", out var incidentJson))
        {
            var incident = ReadIncident(test, incidentJson, at, problem, out var linked);
            var incidentExpect = ReadExpectation(test, at, problem);
            return name is null || incident is null || linked is null || incidentExpect is null || asOf == default
                ? null
                : new RuleTest(displayName, at, name, asOf, policyPath, null, incidentExpect) { Incident = incident, LinkedRecords = linked };
        }

        if (test.TryGetProperty("records", out _))
        {
            problem($"{at}.records", "\"records\" goes with \"incident\" (the records linked to it); a record test gives \"record\" or \"recordFile\"");
        }

        var record = ReadRecord(test, at, folder, problem);
        var expect = ReadExpectation(test, at, problem);
        return name is null || record is null || expect is null || asOf == default ? null : new RuleTest(displayName, at, name, asOf, policyPath, record, expect);
    }

    /// <summary>An incident test: <c>"incident"</c> (the incident log) and <c>"records"</c> (its crime records, optional), read as strictly as an audit reads them.</summary>
    private static Rules.Incidents.IncidentLog? ReadIncident(JsonElement test, JsonElement inline, string at, Action<string, string> problem, out IReadOnlyList<CrimeRecord>? linked)
    {
        foreach (var name in new[] { "record", "recordFile", "id" }.Where(n => test.TryGetProperty(n, out _)))
        {
            problem($"{at}.{name}", $"an incident test gives \"incident\" and \"records\", not \"{name}\"");
        }

        Rules.Incidents.IncidentLog? incident = null;
        var result = new Rules.Incidents.IncidentReader().Read(new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(inline)), "incident", RecordInputFormat.Json).FirstOrDefault();
        switch (result)
        {
            case Rules.Incidents.ParsedIncident parsed:
                incident = parsed.Incident;
                break;
            case Rejection rejection:
                problem(Join($"{at}.incident", rejection.JsonPath), $"not a valid incident: {rejection.Reason}");
                break;
            default:
                problem($"{at}.incident", "not a valid incident: an incident is a JSON object");
                break;
        }

        var records = new List<CrimeRecord>();
        linked = records;
        if (!test.TryGetProperty("records", out var array))
        {
            return incident;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problem($"{at}.records", "an array of crime records (those linked to the incident)");
            linked = null;
            return incident;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"{at}.records[{index++}]";
            switch (new RecordReader().Read(new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(element)), "record", RecordInputFormat.Json).FirstOrDefault())
            {
                case ParsedRecord parsed:
                    records.Add(parsed.Record);
                    break;
                case Rejection rejection:
                    problem(Join(path, rejection.JsonPath), $"not a valid record: {rejection.Reason}");
                    linked = null;
                    break;
                default:
                    problem(path, "not a valid record: a record is a JSON object");
                    linked = null;
                    break;
            }
        }

        return incident;
    }

    private CrimeRecord? ReadRecord(JsonElement test, string at, string folder, Action<string, string> problem)
    {
        var hasRecord = test.TryGetProperty("record", out var inline);
        var file = OptionalString(test, "recordFile", at, problem);
        var id = OptionalString(test, "id", at, problem);
        if (hasRecord == (file is not null))
        {
            problem(at, "a test gives either \"record\" (the record itself) or \"recordFile\" with \"id\"");
            return null;
        }

        if (hasRecord)
        {
            if (id is not null)
            {
                problem($"{at}.id", "\"id\" goes with \"recordFile\"; an inline record carries its own crimeRecordId");
            }

            var reader = new RecordReader();
            var bytes = JsonSerializer.SerializeToUtf8Bytes(inline);
            var result = reader.Read(new MemoryStream(bytes), "record", RecordInputFormat.Json).FirstOrDefault();
            switch (result)
            {
                case ParsedRecord parsed:
                    return parsed.Record;
                case Rejection rejection:
                    problem(Join($"{at}.record", rejection.JsonPath), $"not a valid record: {rejection.Reason}");
                    return null;
                default:
                    problem($"{at}.record", "not a valid record: a record is a JSON object");
                    return null;
            }
        }

        if (id is null)
        {
            problem($"{at}.id", "\"recordFile\" needs the \"id\" (crimeRecordId) of the record to test");
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(folder, file!));
        if (!_recordFiles.TryGetValue(path, out var index))
        {
            try
            {
                index = RecordFileIndex.Read(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                problem($"{at}.recordFile", $"cannot read {file}: {e.Message}");
                return null;
            }

            _recordFiles[path] = index;
        }

        if (index.Records.TryGetValue(id, out var found))
        {
            return found;
        }

        var rejected = index.Rejections.Count == 0 ? string.Empty : $" ({index.Rejections.Count} of its records could not be read, the first: {index.Rejections[0]})";
        problem($"{at}.id", $"{file} holds no record with crimeRecordId \"{id}\"{rejected}");
        return null;
    }

    private RuleTestExpectation? ReadExpectation(JsonElement test, string at, Action<string, string> problem)
    {
        at += ".expect";
        if (!test.TryGetProperty("expect", out var expect) || expect.ValueKind != JsonValueKind.Object)
        {
            problem(at, "required: an object with \"fired\", \"notFired\", \"severity\" and/or \"exactly\"");
            return null;
        }

        foreach (var property in expect.EnumerateObject().Where(p => !ExpectProperties.Contains(p.Name)))
        {
            problem($"{at}.{property.Name}", $"unknown property (expect has {string.Join(", ", ExpectProperties)})");
        }

        var fired = RuleIds(expect, "fired", at, problem);
        var notFired = RuleIds(expect, "notFired", at, problem);
        foreach (var both in fired.Intersect(notFired, StringComparer.Ordinal))
        {
            problem($"{at}.notFired", $"{both} is expected both to fire and not to fire");
        }

        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (expect.TryGetProperty("severity", out var severity))
        {
            if (severity.ValueKind != JsonValueKind.Object)
            {
                problem($"{at}.severity", "an object mapping rule ids to severities, e.g. { \"CANCEL-003\": \"Critical\" }");
            }
            else
            {
                foreach (var entry in severity.EnumerateObject())
                {
                    CheckRuleId(entry.Name, $"{at}.severity.{entry.Name}", problem);
                    if (entry.Value.ValueKind == JsonValueKind.String
                        && Enum.TryParse<Severity>(entry.Value.GetString(), ignoreCase: false, out var parsed)
                        && Enum.IsDefined(parsed) && !int.TryParse(entry.Value.GetString(), out _))
                    {
                        severities[entry.Name] = parsed;
                    }
                    else
                    {
                        problem($"{at}.severity.{entry.Name}", $"{entry.Value.GetRawText()} is not a severity (Critical, High, Medium, Low)");
                    }

                    if (notFired.Contains(entry.Name, StringComparer.Ordinal))
                    {
                        problem($"{at}.severity.{entry.Name}", $"{entry.Name} is expected not to fire, so it has no severity");
                    }
                }
            }
        }

        var exactly = false;
        if (expect.TryGetProperty("exactly", out var exact))
        {
            if (exact.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                exactly = exact.GetBoolean();
            }
            else
            {
                problem($"{at}.exactly", "true or false");
            }
        }

        return new RuleTestExpectation(fired, notFired, severities, exactly);
    }

    private List<string> RuleIds(JsonElement expect, string name, string at, Action<string, string> problem)
    {
        var ids = new List<string>();
        if (!expect.TryGetProperty(name, out var list))
        {
            return ids;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            problem($"{at}.{name}", "an array of rule ids");
            return ids;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = $"{at}.{name}[{index++}]";
            if (item.ValueKind != JsonValueKind.String)
            {
                problem(path, "a rule id is a string");
            }
            else if (CheckRuleId(item.GetString()!, path, problem))
            {
                ids.Add(item.GetString()!);
            }
        }

        return ids;
    }

    /// <summary>A test names rules of the run's pack of its own scope (record rules, or incident rules for an incident test); any other id is a typo that would make the test pass for nothing.</summary>
    private bool CheckRuleId(string id, string path, Action<string, string> problem)
    {
        var rule = packs.Given.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        if (rule is null)
        {
            problem(path, $"the pack {packs.Given.Id} has no rule \"{id}\"");
            return false;
        }

        if (rule.Scope != _scope)
        {
            problem(path, _scope == RuleScope.Incident
                ? $"{id} is not an incident rule: an incident test checks incident rules only"
                : $"{id} is {(rule.Scope == RuleScope.Incident ? "an incident rule: give the incident (\"incident\", \"records\")" : "a unit rule")}: a record test checks record rules only");
            return false;
        }

        return true;
    }

    private static string? RequiredString(JsonElement test, string name, string at, Action<string, string> problem)
    {
        if (!test.TryGetProperty(name, out _))
        {
            problem($"{at}.{name}", "required");
            return null;
        }

        return OptionalString(test, name, at, problem);
    }

    private static string? OptionalString(JsonElement test, string name, string at, Action<string, string> problem)
    {
        if (!test.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problem($"{at}.{name}", "a non-empty string");
            return null;
        }

        return value.GetString();
    }

    private static string Join(string at, string? inner) => inner is null || inner == "$" ? at : at + inner[1..];

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
