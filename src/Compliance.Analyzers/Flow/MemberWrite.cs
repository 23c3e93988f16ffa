using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Flow;

/// <summary>One assignment to a property or field in a body (object initializers included).</summary>
internal readonly struct MemberWrite
{
    public MemberWrite(ISymbol member, IOperation? value, IAssignmentOperation assignment)
    {
        Member = member;
        Value = value;
        Assignment = assignment;
    }

    public ISymbol Member { get; }

    /// <summary>The assigned value; null when the write is compound (<c>+=</c>, <c>??=</c>) and its result unknown.</summary>
    public IOperation? Value { get; }

    /// <summary>The assignment itself: where it is, and whether it always runs.</summary>
    public IAssignmentOperation Assignment { get; }
}
