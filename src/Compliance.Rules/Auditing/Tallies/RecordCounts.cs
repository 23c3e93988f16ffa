namespace Compliance.Rules.Auditing.Tallies;

/// <summary>
/// What one evaluated record adds to its unit's <see cref="UnitTally"/> besides its findings and its
/// unit type: worked out in full before anything is added, so that a record that fails half-way
/// adds nothing.
/// </summary>
internal struct RecordCounts
{
    /// <summary>At least one High or Critical finding.</summary>
    public bool HighOrCritical;

    /// <summary>A rape record.</summary>
    public bool Rape;

    /// <summary>Cancelled.</summary>
    public bool Cancelled;

    /// <summary>Cancelled, carrying CANCEL-003.</summary>
    public bool CancelledWithRetractionGrounds;

    /// <summary>Cancelled, carrying CANCEL-002, CANCEL-003 or CANCEL-004.</summary>
    public bool CancelledOnFlaggedGrounds;

    /// <summary>Its retraction statements.</summary>
    public long RetractionStatements;

    /// <summary>Of those, the ones RETRACT-001 names.</summary>
    public long RetractionStatementsUnderPressure;

    /// <summary>Ever recorded as a crime.</summary>
    public bool RecordedCrime;

    /// <summary>A sanction detection that stayed in the count.</summary>
    public bool SanctionDetection;

    /// <summary>Never counted, yet carrying NCRS-003 or SEXOFF-001.</summary>
    public bool ShouldHaveBeenRecorded;

    /// <summary>A counted rape report (AUDIT-006).</summary>
    public bool RapeReport;

    /// <summary>A counted rape report that ended outside the count.</summary>
    public bool RapeReportEndedOutsideCount;

    /// <summary>A sexual-offence record.</summary>
    public bool SexualOffence;

    /// <summary>A sexual-offence record carrying SEXOFF-004.</summary>
    public bool SexualOffenceQuestionedFirst;
}
