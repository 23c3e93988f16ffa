using System.Collections.Immutable;

namespace Compliance.Analyzers.Marking;

/// <summary>The marks one symbol carries, from attributes or configuration.</summary>
internal readonly struct SymbolMarks
{
    public static readonly SymbolMarks None = new(false, false, false, ImmutableArray<string>.Empty);

    public SymbolMarks(bool reclassifiesRecord, bool justificationField, bool insufficientGrounds, ImmutableArray<string> requiredMembers)
    {
        ReclassifiesRecord = reclassifiesRecord;
        JustificationField = justificationField;
        InsufficientGrounds = insufficientGrounds;
        RequiredMembers = requiredMembers.IsDefault ? ImmutableArray<string>.Empty : requiredMembers;
    }

    public bool ReclassifiesRecord { get; }

    public bool JustificationField { get; }

    public bool InsufficientGrounds { get; }

    /// <summary>For a marked property or field: the sibling members that must be assigned with it.</summary>
    public ImmutableArray<string> RequiredMembers { get; }

    public bool IsNone => !ReclassifiesRecord && !JustificationField && !InsufficientGrounds;

    public SymbolMarks Union(SymbolMarks other)
    {
        if (other.IsNone)
        {
            return this;
        }

        if (IsNone)
        {
            return other;
        }

        var required = RequiredMembers;
        foreach (var name in other.RequiredMembers)
        {
            if (!required.Contains(name))
            {
                required = required.Add(name);
            }
        }

        return new SymbolMarks(
            ReclassifiesRecord || other.ReclassifiesRecord,
            JustificationField || other.JustificationField,
            InsufficientGrounds || other.InsufficientGrounds,
            required);
    }
}
