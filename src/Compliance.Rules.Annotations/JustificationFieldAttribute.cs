using System;

namespace Compliance.Rules.Annotations;

/// <summary>
/// Marks a value a classification change must carry: a reason, a justification text, AVI
/// references, an authoriser. The analyzer reports it when left null, default or placeholder text.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class JustificationFieldAttribute : Attribute
{
}
