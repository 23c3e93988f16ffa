using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Flow;

/// <summary>An object creation or <c>with</c> expression whose initializer lacks some justification members.</summary>
internal sealed class FixTarget
{
    public FixTarget(SyntaxNode node, ImmutableArray<string> memberNames)
    {
        Node = node;
        MemberNames = memberNames;
    }

    public SyntaxNode Node { get; }

    /// <summary>Settable members that are assigned nowhere, in declaration order.</summary>
    public ImmutableArray<string> MemberNames { get; }
}
