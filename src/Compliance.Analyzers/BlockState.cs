using System.Collections.Generic;
using Compliance.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Compliance.Analyzers;

/// <summary>
/// What the rules share about one operation block (a member body with its lambdas and local functions):
/// its index, built on first need, and the placeholder spans already reported in it.
/// </summary>
internal sealed class BlockState
{
    private readonly HashSet<TextSpan> _reported = new();

    /// <param name="root">The block's root operation: a method body, an initializer …</param>
    public BlockState(IOperation root) => Index = BodyIndex.Build(System.Collections.Immutable.ImmutableArray.Create(root));

    public BodyIndex Index { get; }

    /// <summary>True the first time a span is claimed: a local may flow into several justification fields.</summary>
    public bool TryClaim(TextSpan span)
    {
        lock (_reported)
        {
            return _reported.Add(span);
        }
    }
}
