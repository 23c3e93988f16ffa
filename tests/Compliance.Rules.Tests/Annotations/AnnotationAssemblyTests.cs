using System.Reflection;
using System.Runtime.Versioning;
using Compliance.Rules.Annotations;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Annotations;

/// <summary>
/// The marker attributes live in their own netstandard2.0 assembly (the lib of the Compliance.Analyzers
/// package) so .NET Framework hosts can reference them; Compliance.Rules forwards them and still marks its
/// own AVI types with them.
/// </summary>
public sealed class AnnotationAssemblyTests
{
    private static readonly Type[] Attributes =
        [typeof(ReclassifiesRecordAttribute), typeof(JustificationFieldAttribute), typeof(InsufficientGroundsAttribute)];

    [Fact]
    public void The_attributes_are_in_the_netstandard2_0_annotations_assembly()
    {
        Assert.All(Attributes, type =>
        {
            var assembly = type.Assembly;
            Assert.Equal("Compliance.Rules.Annotations", assembly.GetName().Name);
            Assert.Equal(".NETStandard,Version=v2.0", assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);
        });
    }

    [Fact]
    public void Compliance_rules_forwards_each_attribute_to_the_annotations_assembly() =>
        Assert.Equal(
            Attributes.Select(t => t.FullName).Order(StringComparer.Ordinal),
            typeof(IComplianceEngine).Assembly.GetForwardedTypes().Select(t => t.FullName).Order(StringComparer.Ordinal));

    [Fact]
    public void Exactly_the_four_insufficient_avi_types_carry_the_mark()
    {
        var marked = typeof(AviType).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsDefined(typeof(InsufficientGroundsAttribute), inherit: false))
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["OfficerOpinion", "SuspectAccount", "VictimRetraction", "VictimWithdrawalOfSupport"], marked);
    }
}
