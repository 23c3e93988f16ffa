using System;
using Compliance.Analyzers.Flow;
using Compliance.Analyzers.Marking;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Rules;

/// <summary>
/// CMP002: a justification parameter or member receives constant placeholder text ("n/a", "tbc", "",
/// …) — anywhere, not only in a change. Reported on the placeholder itself.
/// </summary>
internal static class Cmp002PlaceholderJustification
{
    public const string Id = "CMP002";

    public static readonly DiagnosticDescriptor Descriptor = ComplianceDescriptors.Create(
        Id,
        title: "Placeholder justification",
        messageFormat: "'{0}' is placeholder text, not a justification for '{1}'",
        description: "A value marked [JustificationField] receives text that says nothing (empty, \"n/a\", \"tbc\", \"see above\", …). "
            + "The record rules treat such text as absent (RECLASS-001, NCRS-002), so the change is as unjustified as if it were missing.");

    /// <param name="value">The value given to the justification field (an argument or an assigned value).</param>
    /// <param name="fieldName">The parameter or member, for the message.</param>
    /// <param name="block">The body the value is in; it remembers what was reported (a local may flow into several fields).</param>
    public static void Check(IOperation value, string fieldName, Marks marks, BlockState block, Action<Diagnostic> report)
    {
        foreach (var element in Elements.Of(value, block.Index, stopAtConstants: true))
        {
            var text = Values.ConstantString(element);
            if (text is not null && marks.Placeholders.IsPlaceholder(text) && block.TryClaim(element.Syntax.Span))
            {
                report(Diagnostic.Create(Descriptor, element.Syntax.GetLocation(), text, fieldName));
            }
        }
    }
}
