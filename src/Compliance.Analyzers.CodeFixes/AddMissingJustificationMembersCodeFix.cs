using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Compliance.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Compliance.Analyzers.CodeFixes;

/// <summary>
/// CMP001 at an object creation or <c>with</c> expression: adds the missing justification members to its
/// initializer as <c>Member = default!</c>. That is deliberately not a value — CMP001 keeps reporting the
/// change until the developer writes a real one; no placeholder text that could pass silently is inserted.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingJustificationMembersCodeFix))]
[Shared]
public sealed class AddMissingJustificationMembersCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "CMP001.AddMissingJustificationMembers";

    private const string Title = "Add the missing justification members";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Cmp001MissingJustification.Id);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(static async (context, document, diagnostics) =>
            (Document?)await ApplyAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (MissingMembers.Read(root, diagnostic).Count == 0)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var additions = new Dictionary<SyntaxNode, List<string>>();
        foreach (var diagnostic in diagnostics)
        {
            foreach (var target in MissingMembers.Read(root, diagnostic))
            {
                if (!additions.TryGetValue(target.Key, out var names))
                {
                    names = new List<string>();
                    additions[target.Key] = names;
                }

                names.AddRange(target.Value.Where(name => !names.Contains(name)));
            }
        }

        if (additions.Count == 0)
        {
            return document;
        }

        var newRoot = root.ReplaceNodes(additions.Keys, (original, rewritten) => InitializerEditor.AddMembers(rewritten, additions[original]));
        return document.WithSyntaxRoot(newRoot);
    }
}
