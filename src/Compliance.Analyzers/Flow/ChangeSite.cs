using System.Collections.Generic;
using Microsoft.CodeAnalysis;

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

    /// <summary>How messages name the change: <c>CrimeService.Cancel</c>, <c>new Reclassification</c>, <c>Crime.Status</c>.</summary>
    public string DisplayName { get; }

    public IReadOnlyList<JustificationInput> Inputs { get; }

    public IReadOnlyList<FixTarget> FixTargets { get; }
}
