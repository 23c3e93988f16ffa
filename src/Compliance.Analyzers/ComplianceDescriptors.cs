using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers;

/// <summary>What every Compliance descriptor shares: category, default severity, help link.</summary>
internal static class ComplianceDescriptors
{
    public const string Category = "Compliance";

    private const string HelpLinkBase = RepositoryInfo.Url + "/blob/main/docs/analyzers/";

    public static DiagnosticDescriptor Create(string id, string title, string messageFormat, string description) =>
        new(
            id,
            title,
            messageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLinkBase + id + ".md");
}
