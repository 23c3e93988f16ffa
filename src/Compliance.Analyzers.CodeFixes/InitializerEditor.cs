using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Compliance.Analyzers.CodeFixes;

/// <summary>
/// Adds <c>Member = default!</c> entries to the initializer of an object creation or <c>with</c>
/// expression, keeping its layout: one line stays one line; a multi-line initializer gets one entry per
/// line at the indentation of the existing entries, and keeps (or not) its trailing comma.
/// </summary>
internal static class InitializerEditor
{
    public static HashSet<string> AssignedNames(SyntaxNode node)
    {
        var names = new HashSet<string>();
        foreach (var expression in InitializerOf(node)?.Expressions ?? default)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name })
            {
                names.Add(name.Identifier.ValueText);
            }
        }

        return names;
    }

    public static SyntaxNode AddMembers(SyntaxNode node, IReadOnlyList<string> names)
    {
        var present = AssignedNames(node);
        var toAdd = names.Where(name => !present.Contains(name)).ToList();
        if (toAdd.Count == 0)
        {
            return node;
        }

        return node switch
        {
            ObjectCreationExpressionSyntax creation when creation.Initializer is null => AddInitializer(creation, toAdd),
            ImplicitObjectCreationExpressionSyntax creation when creation.Initializer is null => AddInitializer(creation, toAdd),
            ObjectCreationExpressionSyntax creation => creation.WithInitializer(Extend(creation.Initializer!, toAdd)),
            ImplicitObjectCreationExpressionSyntax creation => creation.WithInitializer(Extend(creation.Initializer!, toAdd)),
            WithExpressionSyntax with => with.WithInitializer(Extend(with.Initializer, toAdd)),
            _ => node,
        };
    }

    private static InitializerExpressionSyntax? InitializerOf(SyntaxNode node) => node switch
    {
        BaseObjectCreationExpressionSyntax creation => creation.Initializer,
        WithExpressionSyntax with => with.Initializer,
        _ => null,
    };

    private static SyntaxNode AddInitializer(BaseObjectCreationExpressionSyntax creation, List<string> names)
    {
        var trailing = creation.GetTrailingTrivia();
        var expressions = names.Select(Entry).ToList();
        var separators = Enumerable.Range(0, expressions.Count - 1).Select(_ => Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space));
        var initializer = InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(Space).WithTrailingTrivia(Space),
                SeparatedList(expressions, separators),
                Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(Space).WithTrailingTrivia(trailing));
        return creation.WithoutTrailingTrivia().WithInitializer(initializer);
    }

    private static InitializerExpressionSyntax Extend(InitializerExpressionSyntax initializer, List<string> names)
    {
        var text = initializer.SyntaxTree.GetText();
        var multiLine = text.Lines.GetLineFromPosition(initializer.OpenBraceToken.SpanStart).LineNumber
            != text.Lines.GetLineFromPosition(initializer.CloseBraceToken.SpanStart).LineNumber;
        var lineBreak = multiLine ? LineBreakAfter(initializer.OpenBraceToken) : Space;
        var existing = initializer.Expressions;
        var nodes = existing.ToList();
        var separators = existing.GetSeparators().ToList();
        var hasTrailingComma = existing.Count > 0 && separators.Count == existing.Count;
        var indentation = Indentation(initializer, multiLine);

        // The last entry's trailing trivia (a space or the line break before '}') moves to the new last entry.
        var closing = existing.Count == 0 ? (multiLine ? SyntaxTriviaList.Empty : TriviaList(Space)) : nodes[nodes.Count - 1].GetTrailingTrivia();
        if (existing.Count > 0 && !hasTrailingComma)
        {
            nodes[nodes.Count - 1] = nodes[nodes.Count - 1].WithoutTrailingTrivia();
            separators.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? closing : TriviaList(Space)));
        }

        var keepTrailingComma = hasTrailingComma || (multiLine && existing.Count == 0);
        for (var i = 0; i < names.Count; i++)
        {
            var entry = Entry(names[i]).WithLeadingTrivia(indentation);
            var isLast = i == names.Count - 1;
            if (!isLast || keepTrailingComma)
            {
                nodes.Add(entry);
                separators.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? TriviaList(lineBreak) : TriviaList(Space)));
            }
            else
            {
                nodes.Add(entry.WithTrailingTrivia(multiLine && existing.Count > 0 && !hasTrailingComma ? TriviaList(lineBreak) : closing));
            }
        }

        return initializer.WithExpressions(SeparatedList(nodes, separators));
    }

    private static ExpressionSyntax Entry(string name) =>
        AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            IdentifierName(name).WithTrailingTrivia(Space),
            Token(SyntaxKind.EqualsToken).WithTrailingTrivia(Space),
            PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, LiteralExpression(SyntaxKind.DefaultLiteralExpression)));

    private static SyntaxTriviaList Indentation(InitializerExpressionSyntax initializer, bool multiLine)
    {
        if (!multiLine)
        {
            return SyntaxTriviaList.Empty;
        }

        if (initializer.Expressions.Count > 0)
        {
            return TriviaList(initializer.Expressions[0].GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
        }

        var braceIndent = string.Concat(initializer.CloseBraceToken.LeadingTrivia.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Select(t => t.ToString()));
        return TriviaList(Whitespace(braceIndent + "    "));
    }

    private static SyntaxTrivia LineBreakAfter(SyntaxToken token)
    {
        foreach (var trivia in token.TrailingTrivia)
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return CarriageReturnLineFeed;
    }
}
