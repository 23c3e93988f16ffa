using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Tests.Descriptors;

/// <summary>Every diagnostic is documented where its help link points and tracked in the release files.</summary>
public sealed class DescriptorTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = [.. new ComplianceAnalyzer().SupportedDiagnostics];

    [Fact]
    public void Ids_are_the_contract_ids_in_order() =>
        Assert.Equal(["CMP001", "CMP002", "CMP003"], Descriptors.Select(d => d.Id));

    [Fact]
    public void Every_descriptor_is_a_compliance_warning_enabled_by_default()
    {
        Assert.All(Descriptors, d =>
        {
            Assert.Equal("Compliance", d.Category);
            Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
            Assert.True(d.IsEnabledByDefault);
            Assert.False(string.IsNullOrWhiteSpace(d.Description.ToString()));
        });
    }

    [Fact]
    public void Help_links_point_at_the_docs_page_of_the_rule_and_the_page_exists()
    {
        var docs = Path.Combine(RepositoryRoot(), "docs", "analyzers");
        Assert.All(Descriptors, d =>
        {
            Assert.Equal($"https://github.com/compliance-rules/compliance/blob/main/docs/analyzers/{d.Id}.md", d.HelpLinkUri);
            var page = File.ReadAllText(Path.Combine(docs, d.Id + ".md"));
            Assert.StartsWith($"# {d.Id}: {d.Title}", page, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Descriptions_name_the_record_rule_they_mirror()
    {
        Assert.Contains("RECLASS-001", Descriptors[0].Description.ToString(), StringComparison.Ordinal);
        Assert.Contains("CANCEL-003", Descriptors[2].Description.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Release_tracking_lists_every_rule_with_its_category_and_severity()
    {
        var unshipped = File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "Compliance.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.All(Descriptors, d =>
            Assert.Contains(unshipped, line => line.StartsWith($"{d.Id} | Compliance | Warning |", StringComparison.Ordinal)));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Compliance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Compliance.sln not found above " + AppContext.BaseDirectory);
    }
}
