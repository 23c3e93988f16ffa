using System.Reflection;
using Compliance.Analyzers.CodeFixes;

namespace Compliance.Analyzers.Tests.Packaging;

/// <summary>
/// An IDE keeps an analyzer assembly loaded by its identity: the assembly version must change with every
/// release (Major.Minor.Patch of the package version), not stay at Major.0.0.0 as MinVer would leave it.
/// </summary>
public sealed class AssemblyVersionTests
{
    public static TheoryData<string> Assemblies => new()
    {
        typeof(ComplianceAnalyzer).Assembly.GetName().Name!,
        typeof(AddMissingJustificationMembersCodeFix).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Assembly_version_is_the_release_part_of_the_package_version(string name)
    {
        var assembly = Assembly.Load(name);
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        // "0.1.0-alpha.0.72+3f2a…" or "1.2.3+3f2a…": the release part ends at the first '-' or '+'.
        var release = informational.Split('-', '+')[0];
        var parts = release.Split('.').Select(int.Parse).ToArray();

        Assert.Equal(3, parts.Length);
        Assert.Equal(new Version(parts[0], parts[1], parts[2], 0), assembly.GetName().Version);
    }

    [Fact]
    public void The_analyzer_and_its_code_fix_carry_the_same_version() =>
        Assert.Equal(
            typeof(ComplianceAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion,
            typeof(AddMissingJustificationMembersCodeFix).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);
}
