using System.Linq.Expressions;
using Compliance.Rules.Records;

namespace Compliance.Rules.Packs;

/// <summary>
/// What evidence may hold: ids, codes, numbers, truth values, instants and dates, durations, and
/// lists of these. Reports carry evidence to people who may not see personal data, so a whole
/// object (a victim, the record) or a record's free text (rationales, justifications, summaries),
/// which a finding never needs, is refused when the pack loads. Evidence may still look at a
/// text (is it a placeholder, is it empty): only a text that can reach the value is refused,
/// unless the rule declares that evidence entry as free text (then reports write it only with
/// <c>--include-text</c>).
/// </summary>
internal static class EvidenceKinds
{
    // The model's free-text members: what people wrote, not codes.
    private static readonly HashSet<string> FreeText = new(StringComparer.Ordinal)
    {
        nameof(RecordingDecision.RationaleText),
        nameof(Cancellation.RationaleText),
        nameof(ClassificationEntry.JustificationText),
        nameof(AviItem.Summary),
        nameof(EvidenceItem.Summary),
    };

    /// <summary>Why an evidence expression may not be used, or null when it may.</summary>
    /// <param name="body">The parsed expression (converted to object).</param>
    /// <param name="declaredFreeText">
    /// Whether the rule declares this evidence as free text (<c>freeTextEvidence</c>): then it may
    /// carry a record's text, which reports write only when asked to; it must still not be a whole object.
    /// </param>
    public static string? Problem(Expression body, bool declaredFreeText = false)
    {
        var value = body is UnaryExpression { NodeType: ExpressionType.Convert } convert && body.Type == typeof(object) ? convert.Operand : body;
        if (!IsAllowed(value.Type))
        {
            return $"evidence may hold ids, codes, numbers, true/false, instants, dates and lists of these, not {Describe(value.Type)}: name the member you need (e.g. .PersonRef, .Code)";
        }

        if (declaredFreeText)
        {
            return null;
        }

        var reader = new FreeTextFinder();
        reader.Visit(value);
        return reader.Found is { } member
            ? $"evidence may not hold free text ({member}) unless the rule lists it in freeTextEvidence: reports carry ids and codes, and free text only with --include-text"
            : null;
    }

    private static bool IsAllowed(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal)
            || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeSpan) || type.IsEnum)
        {
            return true;
        }

        var element = type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        return element is not null && element != typeof(object) && IsAllowed(element);
    }

    private static string Describe(Type type) => type == typeof(object) ? "a value of unknown kind" : $"a whole {type.Name}";

    /// <summary>Finds a free-text member whose text can reach the value: every node between it and the root carries text.</summary>
    private sealed class FreeTextFinder : ExpressionVisitor
    {
        // Whether every node from the root down to the one being visited carries text.
        private bool _textPath = true;

        public string? Found { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (node is null || Found is not null)
            {
                return node;
            }

            var outer = _textPath;
            _textPath = outer && CarriesText(node.Type);
            try
            {
                return base.Visit(node);
            }
            finally
            {
                _textPath = outer;
            }
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (_textPath && node.Member.DeclaringType?.Namespace == typeof(CrimeRecord).Namespace && FreeText.Contains(node.Member.Name))
            {
                Found = $"{node.Member.DeclaringType!.Name}.{node.Member.Name}";
            }

            return base.VisitMember(node);
        }

        private static bool CarriesText(Type type)
        {
            if (type == typeof(string) || type == typeof(object))
            {
                return true;
            }

            if (typeof(Delegate).IsAssignableFrom(type))
            {
                return type.GetMethod("Invoke") is { } invoke && CarriesText(invoke.ReturnType);
            }

            var element = type.IsArray
                ? type.GetElementType()
                : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
            return element is not null && CarriesText(element);
        }
    }
}
