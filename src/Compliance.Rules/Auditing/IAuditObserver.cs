using Compliance.Rules.Reading;

namespace Compliance.Rules.Auditing;

/// <summary>
/// Told of every input record of a <see cref="ComplianceAudit"/> as it is settled, in input order:
/// report writers stream from it, so an audit never holds its records.
/// </summary>
public interface IAuditObserver
{
    /// <summary>A record was evaluated (with or without findings).</summary>
    /// <param name="record">The record, where it was read, and what the engine said of it.</param>
    void Evaluated(AuditedRecord record);

    /// <summary>
    /// An input record could not be read and was not evaluated, or the input had a problem between
    /// records (<see cref="Rejection.IsRecord"/> false).
    /// </summary>
    /// <param name="rejection">Where it is and why (<see cref="Rejection.Detail"/>).</param>
    void Rejected(Rejection rejection);
}
