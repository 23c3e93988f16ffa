using System;
using System.Collections.Generic;
using Compliance.Analyzers.Flow;
using Compliance.Analyzers.Marking;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Rules;

/// <summary>
/// CMP003: every ground a change cites is marked [InsufficientGrounds] (a victim's retraction or
/// withdrawal of support, a suspect's account, an officer's opinion). Mirrors CANCEL-003.
/// </summary>
internal static class Cmp003InsufficientGrounds
{
    public const string Id = "CMP003";

    public static readonly DiagnosticDescriptor Descriptor = ComplianceDescriptors.Create(
        Id,
        title: "Retraction cited as sole grounds",
        messageFormat: "'{0}' rests only on grounds that are never sufficient alone: {1}",
        description: "The grounds given to a classification change or cancellation (enum values, constants, or elements of an "
            + "array or collection of them) are all marked [InsufficientGrounds]. A victim's retraction is not evidence that no "
            + "crime happened (the Sapphire pattern). This is the compile-time twin of record rule CANCEL-003.");

    public static void Check(ChangeSite site, Marks marks, BodyIndex body, Action<Diagnostic> report)
    {
        var insufficient = new List<string>();
        foreach (var input in site.Inputs)
        {
            if (input.State == InputState.Missing)
            {
                continue;
            }

            var elements = input.State == InputState.Unknown ? null : ElementsOf(input, body);
            var carriesGrounds = marks.CarriesGrounds(input.Type) || (elements is not null && AnyInsufficient(elements, marks));
            if (!carriesGrounds)
            {
                continue;
            }

            if (elements is null)
            {
                return;
            }

            foreach (var element in elements)
            {
                var name = InsufficientName(element, marks);
                if (name is null)
                {
                    return;
                }

                if (!insufficient.Contains(name))
                {
                    insufficient.Add(name);
                }
            }
        }

        if (insufficient.Count > 0)
        {
            report(Diagnostic.Create(Descriptor, site.Location, site.DisplayName, "'" + string.Join("', '", insufficient) + "'"));
        }
    }

    private static List<IOperation> ElementsOf(JustificationInput input, BodyIndex body)
    {
        var elements = new List<IOperation>();
        foreach (var value in input.Values)
        {
            elements.AddRange(Elements.Of(value, body));
        }

        return elements;
    }

    private static bool AnyInsufficient(List<IOperation> elements, Marks marks)
    {
        foreach (var element in elements)
        {
            if (InsufficientName(element, marks) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static string? InsufficientName(IOperation element, Marks marks) =>
        Values.Unwrap(element) is IFieldReferenceOperation { Field: { } field } && marks.IsInsufficientGrounds(field)
            ? (field.ContainingType?.Name is { } type ? type + "." + field.Name : field.Name)
            : null;
}
