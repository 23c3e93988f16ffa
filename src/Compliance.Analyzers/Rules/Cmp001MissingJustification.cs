using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Compliance.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Rules;

/// <summary>
/// CMP001: a classification change whose justification is missing — a justification parameter given
/// null/default or left to its default, a request object created without every justification member,
/// or a marked property assigned without its required sibling members. Mirrors RECLASS-001.
/// </summary>
internal static class Cmp001MissingJustification
{
    public const string Id = "CMP001";

    public static readonly DiagnosticDescriptor Descriptor = ComplianceDescriptors.Create(
        Id,
        title: "Classification change without required justification",
        messageFormat: "'{0}' changes a record's classification without {1}",
        description: "A call or assignment marked [ReclassifiesRecord] changes or cancels a record, and every value marked "
            + "[JustificationField] (or named as a required member) must be given with it. This is the compile-time twin of "
            + "record rule RECLASS-001.");

    public static void Check(ChangeSite site, Action<Diagnostic> report)
    {
        var missing = new List<string>();
        foreach (var input in site.Inputs)
        {
            if (input.State == InputState.Missing && !missing.Contains(input.Name))
            {
                missing.Add(input.Name);
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        for (var i = 0; i < site.FixTargets.Count; i++)
        {
            var target = site.FixTargets[i];
            properties[FixProperties.SpanKey(i)] = FixProperties.FormatSpan(target.Node.Span);
            properties[FixProperties.MembersKey(i)] = string.Join(FixProperties.Separator.ToString(), target.MemberNames);
        }

        report(Diagnostic.Create(
            Descriptor,
            site.Location,
            additionalLocations: null,
            properties.ToImmutable(),
            site.DisplayName,
            Quote(missing)));
    }

    private static string Quote(List<string> names) => "'" + string.Join("', '", names) + "'";
}
