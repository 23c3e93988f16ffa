using System.Collections;

namespace Compliance.Rules.Engine;

/// <summary>
/// The rules' states on one record (<see cref="RecordEvaluation.Rules"/>): the engine's rule ids,
/// shared by every record it evaluates, and one status byte per rule.
/// </summary>
/// <remarks>
/// Why not an array of <see cref="RuleState"/>: with the built-in pack that array was about 540 bytes
/// a record, a sixth of everything an evaluation allocated; the statuses alone are 31 bytes
/// (allocation profile of a 200 000-record audit, docs/benchmarks.md).
/// </remarks>
internal sealed class RuleStateList : IReadOnlyList<RuleState>
{
    private readonly string[] _ruleIds;
    private readonly byte[] _statuses;

    /// <summary>Creates the list.</summary>
    /// <param name="ruleIds">The rule ids in pack order (not copied: the engine's own).</param>
    /// <param name="statuses">Each rule's <see cref="RuleStatus"/>, as a byte, in the same order (not copied).</param>
    public RuleStateList(string[] ruleIds, byte[] statuses)
    {
        if (ruleIds.Length != statuses.Length)
        {
            throw new ArgumentException("one status per rule", nameof(statuses));
        }

        (_ruleIds, _statuses) = (ruleIds, statuses);
    }

    /// <inheritdoc />
    public int Count => _statuses.Length;

    /// <summary>The rule ids (the engine's own array: the same instance for every record it evaluates).</summary>
    internal string[] RuleIds => _ruleIds;

    /// <summary>The statuses, as bytes, in rule order.</summary>
    internal ReadOnlySpan<byte> Statuses => _statuses;

    /// <inheritdoc />
    public RuleState this[int index] => new(_ruleIds[index], (RuleStatus)_statuses[index]);

    /// <inheritdoc />
    public IEnumerator<RuleState> GetEnumerator()
    {
        for (var i = 0; i < _statuses.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
