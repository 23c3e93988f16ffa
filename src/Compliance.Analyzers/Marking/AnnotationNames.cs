namespace Compliance.Analyzers.Marking;

/// <summary>
/// Full names of the marking attributes. They are matched by full name, not by assembly, so a host
/// may reference the attributes shipped in Compliance.Rules or declare its own copies.
/// </summary>
internal static class AnnotationNames
{
    public static readonly string[] Namespace = { "Compliance", "Rules", "Annotations" };

    public const string ReclassifiesRecord = "ReclassifiesRecordAttribute";
    public const string JustificationField = "JustificationFieldAttribute";
    public const string InsufficientGrounds = "InsufficientGroundsAttribute";
}
