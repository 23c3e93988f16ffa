using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Compliance.Rules.Expressions;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs.Documents;
using Compliance.Rules.Records;

namespace Compliance.Rules.Packs;

/// <summary>
/// Turns pack and policy JSON into a checked <see cref="RulePack"/>. Collects every problem it can
/// find (rather than stopping at the first) so a compliance engineer fixes a pack in one pass.
/// </summary>
internal static partial class RulePackLoader
{
    private const string BuiltInResource = "Compliance.Rules.Packs.BuiltIn.builtin.json";

    private static readonly Lazy<RulePack> BuiltIn = new(() =>
    {
        using var stream = typeof(RulePackLoader).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"the built-in rule pack resource '{BuiltInResource}' is missing from the assembly");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return LoadPack(buffer.ToArray(), "builtin");
    });

    public static RulePack LoadBuiltIn() => BuiltIn.Value;

    public static RulePack LoadPackOrPolicy(byte[] bytes, string source)
    {
        return ProbeKind(bytes, source) switch
        {
            "policy" => ApplyPolicy(LoadBuiltIn(), LoadPolicy(bytes, source)),
            "rulePack" => LoadPack(bytes, source),
            var other => throw new RulePackException([new PackError(source, "$.kind", $"\"{other}\" is neither \"rulePack\" nor \"policy\"")]),
        };
    }

    public static RulePack LoadPack(byte[] bytes, string source)
    {
        var document = Deserialize(bytes, source, PackJsonContext.Default.RulePackDocument);
        var errors = new List<PackError>();
        void Error(string location, string message, int? position = null) => errors.Add(new PackError(source, location, message, null, position));

        if (document.Kind != "rulePack")
        {
            Error("$.kind", $"expected \"rulePack\", found \"{document.Kind}\"");
        }

        if (string.IsNullOrWhiteSpace(document.Id))
        {
            Error("$.id", "the pack id is empty");
        }

        var editions = ReadEditions(document, Error);
        var groups = ReadOffenceGroups(document, Error);
        var declarations = ReadParameters(document, Error);
        var compiler = new ExpressionCompiler(declarations.ToDictionary(d => d.Name, d => d.Type, StringComparer.Ordinal));
        var (rules, expressions) = ReadRules(document, compiler, Error);

        if (errors.Count > 0)
        {
            throw new RulePackException(errors);
        }

        rules = RuleParameters.Attach(rules, expressions, declarations);
        var parameters = declarations.Select(d => new ParameterInfo(d.Name, d.TypeName, d.Default, false, d.Description)).ToArray();
        return new RulePack(document.Id, document.Version, document.Title, Hash(bytes), source, editions, groups, parameters, declarations, rules, expressions, null);
    }

    public static RulePolicy LoadPolicy(byte[] bytes, string source)
    {
        var document = Deserialize(bytes, source, PackJsonContext.Default.PolicyDocument);
        if (document.Kind != "policy")
        {
            throw new RulePackException([new PackError(source, "$.kind", $"expected \"policy\", found \"{document.Kind}\"")]);
        }

        return new RulePolicy(document, source, bytes);
    }

    public static RulePack ApplyPolicy(RulePack pack, RulePolicy policy)
    {
        var document = policy.Document;
        var errors = new List<PackError>();
        void Error(string location, string message) => errors.Add(new PackError(policy.Source, location, message));

        if (!string.Equals(document.Extends, pack.Id, StringComparison.Ordinal))
        {
            Error("$.extends", $"the policy extends \"{document.Extends}\" but the pack is \"{pack.Id}\"");
        }

        var rules = pack.Rules.ToList();
        foreach (var (ruleId, change) in document.Rules)
        {
            var index = rules.FindIndex(r => r.Id == ruleId);
            if (index < 0)
            {
                Error($"$.rules.{ruleId}", $"the pack has no rule \"{ruleId}\"{Suggest(ruleId, rules.Select(r => r.Id))}");
                continue;
            }

            var rule = rules[index];
            if (change.Severity is { } severityText)
            {
                if (TryParseSeverity(severityText, out var severity))
                {
                    rule = rule with { Severity = severity };
                }
                else
                {
                    Error($"$.rules.{ruleId}.severity", $"\"{severityText}\" is not a severity (Critical, High, Medium, Low)");
                }
            }

            if (change.Enabled is { } enabled)
            {
                rule = rule with { Enabled = enabled };
            }

            rules[index] = rule;
        }

        var parameters = pack.Parameters.ToList();
        foreach (var (name, value) in document.Parameters)
        {
            var index = parameters.FindIndex(p => p.Name == name);
            if (index < 0)
            {
                Error($"$.parameters.{name}", $"the pack has no parameter \"{name}\"{Suggest(name, parameters.Select(p => p.Name))}");
                continue;
            }

            var declaration = pack.Declarations.First(d => d.Name == name);
            try
            {
                parameters[index] = parameters[index] with { Value = ParameterTypes.Read(value, declaration.Type), IsOverridden = true };
            }
            catch (FormatException e)
            {
                Error($"$.parameters.{name}", $"{declaration.TypeName}: {e.Message}");
            }
        }

        if (errors.Count > 0)
        {
            throw new RulePackException(errors);
        }

        var sha = Hash([.. Convert.FromHexString(pack.Sha256), .. policy.Bytes]);
        return new RulePack(pack.Id, pack.Version, pack.Title, sha, pack.Source, pack.Editions, pack.OffenceGroups, parameters, pack.Declarations, rules, pack.Expressions, policy.Source);
    }

    private static T Deserialize<T>(byte[] bytes, string source, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, typeInfo) ?? throw new RulePackException([new PackError(source, "$", "the document is null")]);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? l + 1 : (long?)null;
            throw new RulePackException([new PackError(source, e.Path ?? "$", FirstSentence(e.Message), line)]);
        }
    }

    private static string ProbeKind(byte[] bytes, string source)
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, KindProbeContext.Default.KindProbe)?.Kind
                ?? throw new RulePackException([new PackError(source, "$.kind", "missing: a rule pack has \"kind\": \"rulePack\", a policy \"kind\": \"policy\"")]);
        }
        catch (JsonException e)
        {
            throw new RulePackException([new PackError(source, e.Path ?? "$", FirstSentence(e.Message), e.LineNumber + 1)]);
        }
    }

    private static IReadOnlyList<EditionRules> ReadEditions(RulePackDocument document, Action<string, string, int?> error)
    {
        var editions = new List<EditionRules>();
        if (document.Editions.Count == 0)
        {
            error("$.editions", "at least one edition is needed", null);
        }

        for (var i = 0; i < document.Editions.Count; i++)
        {
            var edition = document.Editions[i];
            var at = $"$.editions[{i}]";
            if (editions.Any(e => e.Id == edition.Id))
            {
                error($"{at}.id", $"edition \"{edition.Id}\" is defined twice", null);
            }

            if (edition.RecordingLimitHours <= 0)
            {
                error($"{at}.recordingLimitHours", "must be positive", null);
            }

            var codes = new List<CancellationCode>();
            foreach (var code in edition.CancellationCodes)
            {
                if (Enum.TryParse<CancellationCode>(code, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && code.StartsWith('C'))
                {
                    codes.Add(parsed);
                }
                else
                {
                    error($"{at}.cancellationCodes", $"\"{code}\" is not a cancellation code (C1–C5)", null);
                }
            }

            editions.Add(new EditionRules(edition.Id, edition.From, edition.RecordingLimitHours, codes, edition.MaxOutcomeType));
        }

        return editions.OrderBy(e => e.From).ToArray();
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadOffenceGroups(RulePackDocument document, Action<string, string, int?> error)
    {
        var groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (group, entries) in document.OffenceGroups)
        {
            if (group == "OTHER")
            {
                error($"$.offenceGroups.{group}", "OTHER is the group of every code no entry matches; it cannot be listed", null);
            }

            foreach (var entry in entries)
            {
                if (!GroupEntry().IsMatch(entry))
                {
                    error($"$.offenceGroups.{group}", $"\"{entry}\" is not a code number part (e.g. \"19\", \"4.1\") or prefix (\"4.*\")", null);
                }
            }

            groups[group] = entries;
        }

        return groups;
    }

    private static IReadOnlyList<ParameterDeclaration> ReadParameters(RulePackDocument document, Action<string, string, int?> error)
    {
        var declarations = new List<ParameterDeclaration>();
        foreach (var (name, parameter) in document.Parameters)
        {
            var at = $"$.parameters.{name}";
            if (!Identifier().IsMatch(name))
            {
                error(at, "a parameter name must be an identifier (letters, digits, _; not starting with a digit)", null);
                continue;
            }

            var type = ParameterTypes.Resolve(parameter.Type);
            if (type is null)
            {
                error($"{at}.type", $"unknown type \"{parameter.Type}\" (one of {string.Join(", ", ParameterTypes.Names)})", null);
                continue;
            }

            try
            {
                declarations.Add(new ParameterDeclaration(name, parameter.Type, type, ParameterTypes.Read(parameter.Default, type), parameter.Description));
            }
            catch (FormatException e)
            {
                error($"{at}.default", e.Message, null);
            }
        }

        return declarations;
    }

    private static (IReadOnlyList<RuleInfo> Rules, IReadOnlyList<RuleExpressions> Expressions) ReadRules(
        RulePackDocument document, ExpressionCompiler compiler, Action<string, string, int?> error)
    {
        var rules = new List<RuleInfo>();
        var expressions = new List<RuleExpressions>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Rules.Count; i++)
        {
            var rule = document.Rules[i];
            var at = $"$.rules[{i}] ({rule.Id})";
            if (string.IsNullOrWhiteSpace(rule.Id))
            {
                error($"$.rules[{i}].id", "the rule id is empty", null);
            }
            else if (!seen.Add(rule.Id))
            {
                error($"{at}.id", $"rule \"{rule.Id}\" is defined twice", null);
            }

            if (!TryParseSeverity(rule.Severity, out var severity))
            {
                error($"{at}.severity", $"\"{rule.Severity}\" is not a severity (Critical, High, Medium, Low)", null);
            }

            RuleScope scope;
            switch (rule.Scope)
            {
                case "record": scope = RuleScope.Record; break;
                case "unit": scope = RuleScope.Unit; break;
                default:
                    error($"{at}.scope", $"\"{rule.Scope}\" is not a scope (record, unit)", null);
                    continue;
            }

            ParsedExpression? Parse(string? text, Type type, string field)
            {
                if (text is null)
                {
                    return null;
                }

                try
                {
                    return compiler.Parse(text, type);
                }
                catch (ExpressionError e)
                {
                    error($"{at}.{field}", e.Message, e.Position);
                    return null;
                }
            }

            if (scope == RuleScope.Record && rule.Condition is null)
            {
                error($"{at}.condition", "a record rule needs a condition", null);
            }

            if (scope == RuleScope.Unit && (rule.Condition is not null || rule.AppliesWhen is not null))
            {
                error($"{at}.condition", "a unit rule's logic is built in: it takes parameters, not expressions", null);
            }

            var appliesWhen = scope == RuleScope.Record ? Parse(rule.AppliesWhen, typeof(bool), "appliesWhen") : null;
            var condition = scope == RuleScope.Record ? Parse(rule.Condition, typeof(bool), "condition") : null;
            var escalations = new List<(ParsedExpression, Severity)>();
            var escalationInfos = new List<Escalation>();
            for (var e = 0; e < rule.Escalations.Count; e++)
            {
                var escalation = rule.Escalations[e];
                if (!TryParseSeverity(escalation.Severity, out var raised))
                {
                    error($"{at}.escalations[{e}].severity", $"\"{escalation.Severity}\" is not a severity", null);
                }

                if (scope == RuleScope.Record && Parse(escalation.When, typeof(bool), $"escalations[{e}].when") is { } when)
                {
                    escalations.Add((when, raised));
                }

                escalationInfos.Add(new Escalation(escalation.When, raised));
            }

            var evidence = new List<(string, ParsedExpression)>();
            foreach (var (name, text) in rule.Evidence)
            {
                if (!Identifier().IsMatch(name))
                {
                    error($"{at}.evidence.{name}", "an evidence name must be an identifier", null);
                }

                if (scope == RuleScope.Record && Parse(text, typeof(object), $"evidence.{name}") is { } parsed)
                {
                    evidence.Add((name, parsed));
                }
            }

            foreach (Match placeholder in Placeholder().Matches(rule.Message))
            {
                var name = placeholder.Groups[1].Value;
                if (!rule.Evidence.ContainsKey(name))
                {
                    error($"{at}.message", $"the placeholder {{{name}}} names no evidence of the rule", placeholder.Index);
                }
            }

            var evidenceNames = rule.Evidence.Keys.ToArray();
            rules.Add(new RuleInfo(rule.Id, scope, rule.Title, severity, escalationInfos, rule.Citation, rule.Description,
                rule.AppliesWhen, rule.Condition, evidenceNames, rule.Message, rule.Enabled ?? true));
            expressions.Add(new RuleExpressions(rule.Id, appliesWhen, condition, escalations, evidence));
        }

        return (rules, expressions);
    }

    internal static bool TryParseSeverity(string text, out Severity severity) =>
        Enum.TryParse(text, ignoreCase: false, out severity) && Enum.IsDefined(severity) && !int.TryParse(text, out _);

    private static string Suggest(string name, IEnumerable<string> candidates)
    {
        var close = candidates.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)
            || (Math.Abs(c.Length - name.Length) <= 2 && c.Zip(name).Count(p => p.First != p.Second) <= 2));
        return close is null ? string.Empty : $" (did you mean \"{close}\"?)";
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    [GeneratedRegex(@"^(\d+(\.\d+)*(\.\*)?|\d+\.\*)$")]
    private static partial Regex GroupEntry();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
