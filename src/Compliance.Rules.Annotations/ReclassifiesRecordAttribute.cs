using System;
using System.Collections.Generic;

namespace Compliance.Rules.Annotations;

/// <summary>
/// Marks a member whose call (method, constructor) or assignment (property, field) changes a
/// record's classification or removes it from the count. The Compliance analyzer (CMP001–CMP003)
/// checks that every such change carries its justification. Matched by full name, so a host may
/// declare its own copy of this attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class ReclassifiesRecordAttribute : Attribute
{
    /// <summary>Marks a change.</summary>
    /// <param name="requiredMembers">For a property or field: sibling members of the same type that must be assigned with it.</param>
    public ReclassifiesRecordAttribute(params string[] requiredMembers) => RequiredMembers = requiredMembers;

    /// <summary>Sibling members that must be assigned together with the marked property or field.</summary>
    public IReadOnlyList<string> RequiredMembers { get; }
}
