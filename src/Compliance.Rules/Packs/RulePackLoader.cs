using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Compliance.Rules.Calendar;
using Compliance.Rules.Expressions;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs.Documents;
using Compliance.Rules.Records;
using Compliance.Rules.Timelines;

namespace Compliance.Rules.Packs;

/// <summary>
/// Turns pack and policy JSON into a checked <see cref="RulePack"/>. Collects every problem it can
/// find (rather than stopping at the first) so a compliance engineer fixes a pack in one pass.
/// </summary>
internal static partial class RulePackLoader
{
    private const string BuiltInResource = "Compliance.Rules.Packs.BuiltIn.builtin.json";

    /// <summary>Parameters of version 1 that timelines replaced, with the field that replaces each (a policy setting one gets this pointer).</summary>
    private static readonly Dictionary<string, string> ReplacedParameters = new(StringComparer.Ordinal)
    {
        ["sanctionOutcomes"] = "timelines.outcomes[].sanctionTypes",
        ["victimDecisionOutcomes"] = "timelines.outcomes[].victimDecisionTypes",
        ["vrrOutcomes"] = "timelines.rightToReview[].outcomes",
        ["cancellationAuthorityAccreditations"] = "timelines.countingRules[].cancellationAuthority.seriousGroups.accreditations (and otherGroups.accreditations)",
        ["nonSeriousCancellationRoles"] = "timelines.countingRules[].cancellationAuthority.otherGroups.roles",
        ["standardNoticeWorkingDays"] = "timelines.victimsCode[].decisionNoticeWorkingDays",
        ["enhancedNoticeWorkingDays"] = "timelines.victimsCode[].enhancedDecisionNoticeWorkingDays",
    };

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
        TimeZoneLoading.Start();
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

        if (document.Editions is not null)
        {
            Error("$.editions", "the edition table was replaced by timelines: give the counting-rules editions as \"timelines\": { \"countingRules\": [ … ] } (see docs/rule-packs.md)");
        }

        var timelineErrors = new List<TimelineError>();
        var nodes = document.Timelines is { } written
            ? TimelineReader.ToNodes(written, "$.timelines", timelineErrors)
            : LoadBuiltIn().TimelineNodes.Copy();
        var timelines = TimelineReader.Build(nodes, "$.timelines", timelineErrors);

        // Hashed on a pool thread while the rules are read: the first SHA-256 of a process loads and
        // sets up the platform's cryptography (10–13 ms measured), on the way to the first record.
        var canonical = System.Text.Encoding.UTF8.GetBytes(TimelineReader.Canonical(nodes));
        var hashing = Task.Run(() => Hash([.. bytes, .. canonical]));
        errors.AddRange(timelineErrors.Select(e => new PackError(source, e.Path, e.Message)));
        var groups = ReadOffenceGroups(document, Error);
        var declarations = ReadParameters(document, Error);
        var compiler = new ExpressionCompiler(declarations.ToDictionary(d => d.Name, d => d.Type, StringComparer.Ordinal));
        var (rules, expressions) = ReadRules(document, compiler, Error);

        if (errors.Count > 0 || timelines is null)
        {
            throw new RulePackException(errors);
        }

        rules = RuleParameters.Attach(rules, expressions, declarations);
        var parameters = declarations.Select(d => new ParameterInfo(d.Name, d.TypeName, d.Default, false, d.Description)).ToArray();
        var sha = hashing.GetAwaiter().GetResult();
        return new RulePack(document.Id, document.Version, document.Title, sha, source, timelines, new TimelineNodes(nodes), groups, parameters, declarations, rules, expressions, null);
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
            if (ReplacedParameters.TryGetValue(name, out var replacement))
            {
                Error($"$.parameters.{name}", $"this parameter was replaced by the timeline field {replacement}: set it per entry under \"timelines\" (see docs/rule-packs.md)");
                continue;
            }

            if (index < 0)
            {
                Error($"$.parameters.{name}", $"the pack has no parameter \"{name}\"{Suggest(name, parameters.Select(p => p.Name))}");
                continue;
            }

            var declaration = pack.Declarations.First(d => d.Name == name);
            try
            {
                var read = ParameterTypes.Read(value, declaration.Type);
                if (declaration.Minimum is { } minimum && declaration.Maximum is { } maximum)
                {
                    ParameterTypes.CheckRange(read, minimum, maximum);
                }

                parameters[index] = parameters[index] with { Value = read, IsOverridden = true };
            }
            catch (FormatException e)
            {
                Error($"$.parameters.{name}", $"{declaration.TypeName}: {e.Message}");
            }
        }

        var timelineErrors = new List<TimelineError>();
        var nodes = pack.TimelineNodes.Copy();
        var timelines = pack.Timelines;
        if (document.Timelines is { } edits)
        {
            TimelineReader.ApplyEdits(nodes, edits, "$.timelines", timelineErrors);
            timelines = timelineErrors.Count == 0 ? TimelineReader.Build(nodes, "$.timelines", timelineErrors) : null;
        }

        errors.AddRange(timelineErrors.Select(e => new PackError(policy.Source, e.Path, e.Message)));
        if (errors.Count > 0 || timelines is null)
        {
            throw new RulePackException(errors);
        }

        // The effective timelines are hashed too, so two runs with the same sha256 judged by the same entries.
        var sha = Hash([.. Convert.FromHexString(pack.Sha256), .. policy.Bytes, .. System.Text.Encoding.UTF8.GetBytes(TimelineReader.Canonical(nodes))]);
        return new RulePack(pack.Id, pack.Version, pack.Title, sha, pack.Source, timelines, new TimelineNodes(nodes), pack.OffenceGroups, parameters, pack.Declarations, rules, pack.Expressions, policy.Source);
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
                    error($"$.offenceGroups.{group}", $"\"{entry}\" is not a code number part (e.g. \"19\", \"4.1\", \"4/1\") or prefix (\"4.*\")", null);
                }
            }

            groups[group] = entries;
        }

        // A code in two groups would be counted under whichever the lookup met first: refuse it.
        var all = groups.SelectMany(g => g.Value.Select(entry => (Group: g.Key, Entry: entry))).ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            for (var j = i + 1; j < all.Length; j++)
            {
                if (all[i].Group != all[j].Group && GroupEntriesOverlap(all[i].Entry, all[j].Entry))
                {
                    error($"$.offenceGroups.{all[j].Group}", $"\"{all[j].Entry}\" overlaps \"{all[i].Entry}\" of group {all[i].Group}: a code may belong to one group only", null);
                }
            }
        }

        return groups;
    }

    /// <summary>Whether two group entries (<c>"19"</c>, <c>"4.1"</c>, <c>"4.*"</c>) can match the same code.</summary>
    private static bool GroupEntriesOverlap(string a, string b)
    {
        static string Prefix(string entry) => entry.EndsWith(".*", StringComparison.Ordinal) ? entry[..^1] : entry;
        var aWild = a.EndsWith(".*", StringComparison.Ordinal);
        var bWild = b.EndsWith(".*", StringComparison.Ordinal);
        return (aWild, bWild) switch
        {
            (false, false) => a == b,
            (true, false) => b.StartsWith(Prefix(a), StringComparison.Ordinal),
            (false, true) => a.StartsWith(Prefix(b), StringComparison.Ordinal),
            _ => Prefix(a).StartsWith(Prefix(b), StringComparison.Ordinal) || Prefix(b).StartsWith(Prefix(a), StringComparison.Ordinal),
        };
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

            if (!CheckDeclaredRange(parameter, type, at, error))
            {
                continue;
            }

            try
            {
                var value = ParameterTypes.Read(parameter.Default, type);
                if (parameter.Minimum is { } minimum && parameter.Maximum is { } maximum)
                {
                    ParameterTypes.CheckRange(value, minimum, maximum);
                }

                declarations.Add(new ParameterDeclaration(name, parameter.Type, type, value, parameter.Description, parameter.Minimum, parameter.Maximum));
            }
            catch (FormatException e)
            {
                error($"{at}.default", e.Message, null);
            }
        }

        return declarations;
    }

    /// <summary>
    /// Every number a pack or policy can set has a declared range, so that no value (a working-day
    /// count of 2 147 483 647, a negative minimum) can make an audit overflow or run for hours.
    /// </summary>
    private static bool CheckDeclaredRange(ParameterDocument parameter, Type type, string at, Action<string, string, int?> error)
    {
        if (parameter.Minimum is null && parameter.Maximum is null)
        {
            if (ParameterTypes.IsNumeric(type))
            {
                error(at, "a numeric parameter needs a declared range: add \"minimum\" and \"maximum\"", null);
                return false;
            }

            return true;
        }

        if (!ParameterTypes.IsNumeric(type))
        {
            error(at, "only int, number and int[] parameters take \"minimum\" and \"maximum\"", null);
            return false;
        }

        if (parameter.Minimum is not { } minimum || parameter.Maximum is not { } maximum || !double.IsFinite(minimum) || !double.IsFinite(maximum) || minimum > maximum)
        {
            error(at, "\"minimum\" and \"maximum\" must both be given, finite, with minimum ≤ maximum", null);
            return false;
        }

        return true;
    }

    private static (IReadOnlyList<RuleInfo> Rules, IReadOnlyList<RuleExpressions> Expressions) ReadRules(
        RulePackDocument document, ExpressionCompiler compiler, Action<string, string, int?> error)
    {
        var rules = new List<RuleInfo>();
        var expressions = new List<RuleExpressions>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var ahead = ExpressionsAhead.Start(compiler, document.Rules);
        for (var i = 0; i < document.Rules.Count; i++)
        {
            ahead.LoaderAt(i);
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
                case "incident": scope = RuleScope.Incident; break;
                default:
                    error($"{at}.scope", $"\"{rule.Scope}\" is not a scope (record, unit, incident)", null);
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
                    return ahead.Parse(i, field, text, type);
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

            if (scope == RuleScope.Unit && !string.IsNullOrWhiteSpace(rule.Id) && !UnitRuleIds.All.Contains(rule.Id))
            {
                error($"{at}.id", $"\"{rule.Id}\" is not a unit audit: unit rules have built-in logic, and only {string.Join(", ", UnitRuleIds.All.Order(StringComparer.Ordinal))} exist", null);
            }

            if (scope == RuleScope.Incident && !string.IsNullOrWhiteSpace(rule.Id) && !IncidentRuleIds.Known.Contains(rule.Id))
            {
                error($"{at}.id", $"\"{rule.Id}\" is not an incident rule: incident rules have built-in logic, and only {string.Join(", ", IncidentRuleIds.Known.Order(StringComparer.Ordinal))} exist", null);
            }

            if (scope != RuleScope.Record && (rule.Condition is not null || rule.AppliesWhen is not null || rule.Requires is not null))
            {
                error($"{at}.condition", $"a {rule.Scope} rule's logic is built in: it takes parameters, not expressions", null);
            }

            foreach (var timeline in rule.Timelines.Where(t => !TimelineSet.Names.Contains(t)))
            {
                error($"{at}.timelines", $"\"{timeline}\" is not a timeline (one of {string.Join(", ", TimelineSet.Names)})", null);
            }

            if (scope != RuleScope.Record && (rule.GoverningInstant is not null || rule.InForce is not null))
            {
                error($"{at}.inForce", $"a {rule.Scope} rule's logic is built in: it takes parameters, not expressions", null);
            }

            var governingInstant = scope == RuleScope.Record ? Parse(rule.GoverningInstant, typeof(DateTimeOffset?), "governingInstant") : null;
            var inForce = scope == RuleScope.Record ? Parse(rule.InForce, typeof(bool), "inForce") : null;
            var requirements = scope == RuleScope.Record
                ? RequirementReader.Read(rule, at, (text, field) => Parse(text, typeof(bool), field), error)
                : ([], [], null);
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

            var freeText = FreeTextEvidence(rule, scope, at, error);
            var evidence = new List<(string, ParsedExpression)>();
            foreach (var (name, text) in rule.Evidence)
            {
                if (!Identifier().IsMatch(name))
                {
                    error($"{at}.evidence.{name}", "an evidence name must be an identifier", null);
                }

                if (scope == RuleScope.Record && Parse(text, typeof(object), $"evidence.{name}") is { } parsed)
                {
                    if (EvidenceKinds.Problem(parsed.Body, declaredFreeText: freeText.Contains(name)) is { } problem)
                    {
                        error($"{at}.evidence.{name}", problem, null);
                    }

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
                else if (freeText.Contains(name))
                {
                    error($"{at}.message", $"the placeholder {{{name}}} names free-text evidence: every report carries the message, free text appears only with --include-text", placeholder.Index);
                }
            }

            var evidenceNames = rule.Evidence.Keys.ToArray();
            rules.Add(new RuleInfo(rule.Id, scope, rule.Title, severity, escalationInfos, rule.Citation, rule.Description,
                requirements.AppliesWhen, rule.Condition, evidenceNames, rule.Message, rule.Enabled ?? true)
            {
                Requirements = requirements.Written,
                Timelines = [.. rule.Timelines],
                GoverningInstant = rule.GoverningInstant,
                InForce = rule.InForce,
                FreeTextEvidence = [.. evidenceNames.Where(freeText.Contains)],
            });
            expressions.Add(new RuleExpressions(rule.Id, governingInstant, inForce, requirements.Parsed, condition, escalations, evidence));
        }

        return (rules, expressions);
    }

    /// <summary>
    /// The evidence names a rule declares as free text, each checked: it must name an evidence entry
    /// of a record rule, once (a unit rule's evidence is figures).
    /// </summary>
    private static HashSet<string> FreeTextEvidence(RuleDocument rule, RuleScope scope, string at, Action<string, string, int?> error)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rule.FreeTextEvidence.Count; i++)
        {
            var name = rule.FreeTextEvidence[i];
            var path = $"{at}.freeTextEvidence[{i}]";
            if (scope == RuleScope.Unit)
            {
                error(path, "a unit rule's evidence is figures, never free text", null);
            }
            else if (name is null || !rule.Evidence.ContainsKey(name))
            {
                error(path, $"{(name is null ? "null" : $"\"{name}\"")} names no evidence of the rule{(name is null ? string.Empty : Suggest(name, rule.Evidence.Keys))}", null);
            }
            else if (!declared.Add(name))
            {
                error(path, $"\"{name}\" is listed twice", null);
            }
        }

        return declared;
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

    [GeneratedRegex(@"^\d+([./]\d+)*([./]\*)?$")]
    private static partial Regex GroupEntry();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
