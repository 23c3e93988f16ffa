using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Flow;

/// <summary>
/// One classification change in a body — a call of a marked method or constructor, or an assignment of
/// a marked property or field — with the justification values it supplies.
/// </summary>
internal sealed class ChangeSite
{
    public ChangeSite(IOperation operation, string displayName, IReadOnlyList<JustificationInput> inputs, IReadOnlyList<FixTarget> fixTargets)
    {
        Operation = operation;
        DisplayName = displayName;
        Inputs = inputs;
        FixTargets = fixTargets;
    }

    /// <summary>The call or assignment; diagnostics about the change are reported on it.</summary>
    public IOperation Operation { get; }

    /// <summary>
    /// Where the change is reported: its syntax, widened over the <c>?.</c> chain of a null-conditional
    /// assignment (<c>crime?.Status = …</c>, C# 14), whose assignment alone would read <c>.Status = …</c>.
    /// </summary>
    public Location Location
    {
        get
        {
            var node = Operation.Syntax;
            for (var depth = 0; depth < 64 && node.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == node; depth++)
            {
                node = access;
            }

            return node.GetLocation();
        }
    }

    /// <summary>How messages name the change: <c>CrimeService.Cancel</c>, <c>new Reclassification</c>, <c>Crime.Status</c>.</summary>
    public string DisplayName { get; }

    public IReadOnlyList<JustificationInput> Inputs { get; }

    public IReadOnlyList<FixTarget> FixTargets { get; }
}
