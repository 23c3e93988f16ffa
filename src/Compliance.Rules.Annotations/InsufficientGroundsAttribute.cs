using System;

namespace Compliance.Rules.Annotations;

/// <summary>
/// Marks a value that is never acceptable as the only grounds for a cancellation or downgrade,
/// such as a victim's retraction: a retraction is not evidence that no crime happened.
/// </summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class InsufficientGroundsAttribute : Attribute
{
}
