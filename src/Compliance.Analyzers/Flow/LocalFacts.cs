using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Flow;

/// <summary>How a local is written and used within one body.</summary>
internal sealed class LocalFacts
{
    /// <summary>The value of its declaration, if it has one.</summary>
    public IOperation? Initializer { get; set; }

    /// <summary>Every write: the declaration's initializer, assignments, ref/out passing, deconstruction.</summary>
    public int Writes { get; set; }

    /// <summary>Reads other than as the receiver of a property or field (arguments, calls on it, captures into other values).</summary>
    public int Uses { get; set; }

    /// <summary>A ref local, or its address was taken: nothing can be said about its value.</summary>
    public bool Untracked { get; set; }

    /// <summary>The local is only ever its initializer's value.</summary>
    public bool HasSingleValue => !Untracked && Writes == 1 && Initializer is not null;
}
