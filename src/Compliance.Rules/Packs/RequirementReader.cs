using System.Text.RegularExpressions;
using Compliance.Rules.Expressions;
using Compliance.Rules.Packs.Documents;

namespace Compliance.Rules.Packs;

/// <summary>
/// Reads a record rule's applicability: either one <c>appliesWhen</c> expression (packs written
/// before requirements existed, which still load) or a list of named <c>requires</c> entries whose
/// conjunction is the rule's <c>appliesWhen</c>. Every problem is reported with its JSON path.
/// </summary>
internal static partial class RequirementReader
{
    /// <summary>The requirements, as written and parsed, and the conjunction as text (null: always applies).</summary>
    public static (IReadOnlyList<RuleRequirement> Written, IReadOnlyList<(string Name, ParsedExpression When)> Parsed, string? AppliesWhen) Read(
        RuleDocument rule,
        string at,
        Func<string, string, ParsedExpression?> parse,
        Action<string, string, int?> error)
    {
        if (rule.Requires is null)
        {
            if (rule.AppliesWhen is null)
            {
                return ([], [], null);
            }

            var parsed = parse(rule.AppliesWhen, "appliesWhen");
            return ([new RuleRequirement(RuleRequirement.AppliesWhenName, rule.AppliesWhen)],
                parsed is null ? [] : [(RuleRequirement.AppliesWhenName, parsed)],
                rule.AppliesWhen);
        }

        if (rule.AppliesWhen is not null)
        {
            error($"{at}.requires", "give the applicability either as \"appliesWhen\" or as \"requires\", not both (the requirements' conjunction is the rule's appliesWhen)", null);
        }

        if (rule.Requires.Count == 0)
        {
            error($"{at}.requires", "lists no requirement: leave \"requires\" out when the rule always applies", null);
        }

        var written = new List<RuleRequirement>();
        var expressions = new List<(string, ParsedExpression)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rule.Requires.Count; i++)
        {
            var requirement = rule.Requires[i];
            var path = $"{at}.requires[{i}]";
            if (requirement is null)
            {
                error(path, "a requirement is an object with \"name\" and \"when\"", null);
                continue;
            }

            if (!Name().IsMatch(requirement.Name))
            {
                error($"{path}.name", $"\"{requirement.Name}\" is not a requirement name (letters, digits, _ and -, starting with a letter)", null);
            }
            else if (!names.Add(requirement.Name))
            {
                error($"{path}.name", $"requirement \"{requirement.Name}\" is listed twice in the rule", null);
            }

            if (string.IsNullOrWhiteSpace(requirement.When))
            {
                error($"{path}.when", "the expression is empty", null);
                continue;
            }

            written.Add(new RuleRequirement(requirement.Name, requirement.When));
            if (parse(requirement.When, $"requires[{i}].when") is { } parsed)
            {
                expressions.Add((requirement.Name, parsed));
            }
        }

        return (written, expressions, Conjunction(written));
    }

    /// <summary>The requirements as one expression, each in parentheses unless it is the only one.</summary>
    private static string? Conjunction(IReadOnlyList<RuleRequirement> requirements) => requirements.Count switch
    {
        0 => null,
        1 => requirements[0].When,
        _ => string.Join(" && ", requirements.Select(r => $"({r.When})")),
    };

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex Name();
}
