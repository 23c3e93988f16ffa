using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.CodeFixes;

/// <summary>Reads the fix targets a CMP001 diagnostic carries (see <see cref="FixProperties"/>).</summary>
internal static class MissingMembers
{
    /// <summary>Each target node with the members still absent from its initializer; empty when nothing is left to add.</summary>
    public static IReadOnlyDictionary<SyntaxNode, string[]> Read(SyntaxNode root, Diagnostic diagnostic)
    {
        var targets = new Dictionary<SyntaxNode, string[]>();
        for (var i = 0; diagnostic.Properties.TryGetValue(FixProperties.SpanKey(i), out var spanText); i++)
        {
            if (!FixProperties.TryParseSpan(spanText, out var span) || span.End > root.FullSpan.End
                || !diagnostic.Properties.TryGetValue(FixProperties.MembersKey(i), out var membersText) || membersText is null)
            {
                continue;
            }

            var node = FindTarget(root, span);
            if (node is null)
            {
                continue;
            }

            var present = InitializerEditor.AssignedNames(node);
            var absent = membersText.Split(FixProperties.Separator)
                .Select(name => name.Trim())
                .Where(name => name.Length > 0 && !present.Contains(name))
                .ToArray();
            if (absent.Length > 0)
            {
                targets[node] = absent;
            }
        }

        return targets;
    }

    private static SyntaxNode? FindTarget(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        for (var node = root.FindNode(span, getInnermostNodeForTie: true); node is not null && node.Span == span; node = node.Parent)
        {
            if (node is BaseObjectCreationExpressionSyntax or WithExpressionSyntax)
            {
                return node;
            }
        }

        return null;
    }
}
