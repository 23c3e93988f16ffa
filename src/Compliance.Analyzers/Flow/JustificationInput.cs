using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Flow;

/// <summary>Whether a change supplies one of its justification values.</summary>
internal enum InputState
{
    /// <summary>Given a value (which may still be placeholder text or insufficient grounds).</summary>
    Supplied,

    /// <summary>Not given, left to its default, or given <c>null</c>/<c>default</c>.</summary>
    Missing,

    /// <summary>Set somewhere this analysis cannot see (a parameter, a constructor, another method).</summary>
    Unknown,
}

/// <summary>One justification value of a change: a parameter, or a member of an argument or of the changed record.</summary>
internal sealed class JustificationInput
{
    public JustificationInput(string name, ITypeSymbol? type, InputState state, ImmutableArray<IOperation> values)
    {
        Name = name;
        Type = type;
        State = state;
        Values = values.IsDefault ? ImmutableArray<IOperation>.Empty : values;
    }

    /// <summary>How the message names it: <c>reason</c>, <c>request.AviRefs</c>, <c>ReasonCode</c>.</summary>
    public string Name { get; }

    public ITypeSymbol? Type { get; }

    public InputState State { get; }

    /// <summary>The values supplied (when <see cref="State"/> is <see cref="InputState.Supplied"/>).</summary>
    public ImmutableArray<IOperation> Values { get; }
}
