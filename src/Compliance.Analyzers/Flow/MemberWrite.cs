using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Flow;

/// <summary>One assignment to a property or field in a body (object initializers included).</summary>
internal readonly struct MemberWrite
{
    public MemberWrite(ISymbol member, IOperation? value)
    {
        Member = member;
        Value = value;
    }

    public ISymbol Member { get; }

    /// <summary>The assigned value; null when the write is compound (<c>+=</c>, <c>??=</c>) and its result unknown.</summary>
    public IOperation? Value { get; }
}
