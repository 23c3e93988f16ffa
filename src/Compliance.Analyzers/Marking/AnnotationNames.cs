namespace Compliance.Analyzers.Marking;

/// <summary>
/// Full names of the marking attributes. They are matched by full name, not by assembly, so a host
/// may reference the attributes shipped in Compliance.Rules or declare its own copies.
/// </summary>
internal static class AnnotationNames
{
    public const string ReclassifiesRecord = "Compliance.Rules.Annotations.ReclassifiesRecordAttribute";
    public const string JustificationField = "Compliance.Rules.Annotations.JustificationFieldAttribute";
    public const string InsufficientGrounds = "Compliance.Rules.Annotations.InsufficientGroundsAttribute";
}
