namespace Compliance.Synthetic;

/// <summary>
/// How a unit works, as probabilities per record. <see cref="Compliant"/> is an ordinary unit with
/// ordinary lapses; <see cref="Sapphire"/> is the 2008–09 Southwark practice of the IPCC report;
/// <see cref="Displacement"/> and <see cref="RecordAll"/> are the other practices a unit can switch
/// to. Rates follow the published figures of the time (HMIC 2014, Home Office rape no-crime rates)
/// where there are any, and are the generator's own choice otherwise.
/// </summary>
internal sealed record PracticeProfile
{
    // ---- Recording -------------------------------------------------------------------------

    /// <summary>Recording decisions made after the recording limit of the day.</summary>
    public required double LateRecording { get; init; }

    /// <summary>Rape reports closed as N100 instead of recorded (third-party, other force, contrary evidence).</summary>
    public double RapeN100 { get; init; } = 0.09;

    /// <summary>Non-sexual reports closed as a crime-related incident or not recorded.</summary>
    public double NotRecorded { get; init; } = 0.05;

    /// <summary>
    /// Records every report as a crime at once: no rape report ends as N100 or a crime-related
    /// incident, no volume crime goes unrecorded; a report that later proves to be another force's,
    /// a duplicate or contradicted by verified evidence is cancelled (C1, C3, C2) instead.
    /// </summary>
    public bool RecordsEverything { get; init; }

    /// <summary>Rape reports left unrecorded (a crime-related incident, or N100 where it exists) that should have been recorded.</summary>
    public double DisplacedRapeReports { get; init; }

    /// <summary>How many times the ordinary cancellation rate of volume and violent crime this unit cancels, always on verified grounds.</summary>
    public double GeneralCancellationFactor { get; init; } = 1.0;

    /// <summary>Not-recorded decisions whose rationale is a placeholder (NCRS-002).</summary>
    public double PlaceholderRationale { get; init; } = 0.03;

    // ---- Sexual-offence practice ----------------------------------------------------------

    /// <summary>Sexual-offence records on which a non-specialist questions the victim in detail before the specialist (SEXOFF-004).</summary>
    public required double DetailedBeforeSpecialist { get; init; }

    /// <summary>Whether that questioning is a classification or credibility check made before recording (SEXOFF-005).</summary>
    public required bool QuestioningIsCredibilityFilter { get; init; }

    /// <summary>Rape records on which the victim retracts or withdraws support.</summary>
    public required double RapeRetraction { get; init; }

    /// <summary>Other sexual-offence records on which the victim retracts or withdraws support.</summary>
    public required double OtherSexualRetraction { get; init; }

    /// <summary>Of those, the ones the unit cancels as C2 on the retraction alone (CANCEL-002/003/004).</summary>
    public required double CancelOnRetraction { get; init; }

    /// <summary>Retraction statements sought by officers (RETRACT-001); published accounts: 30–60% for a Sapphire unit.</summary>
    public required double PoliceInitiatedRetraction { get; init; }

    /// <summary>Retraction statements preceded by a RETRACTION_REQUEST contact (RETRACT-001).</summary>
    public required double RetractionRequestContact { get; init; }

    /// <summary>Whether the unit asks victims for retractions (the Sapphire SOP); such a unit does not explore pressure either.</summary>
    public bool SeeksRetractions => PoliceInitiatedRetraction > 0 || RetractionRequestContact > 0;

    /// <summary>Retraction statements taken by a non-specialist detective (RETRACT-002).</summary>
    public required double RetractionTakenByNonSpecialist { get; init; }

    /// <summary>
    /// Well-founded rape cancellations (C1 transfer, C2 on verified AVI, C3 duplicate) of reports
    /// received before April 2014; half as many after (the no-crime rate of rape fell from 12.6% in
    /// 2009/10 to 7.3% in 2013/14 and kept falling after the 2014 inspection).
    /// </summary>
    public required double RapeWellFoundedCancellation { get; init; }

    /// <summary>The share of rape records this practice cancels, whatever the grounds (before April 2014).</summary>
    public double RapeCancellationShare => (RapeRetraction * CancelOnRetraction) + RapeWellFoundedCancellation;

    /// <summary>Sanction outcome (charge, caution, TIC) for a sexual offence still open with an identified suspect.</summary>
    public required double SexualSanction { get; init; }

    /// <summary>ISVA referral offered to the victim of a sexual offence.</summary>
    public required double IsvaReferral { get; init; }

    /// <summary>Confidential survey offered after the decision on a sexual offence (VICTIM-003).</summary>
    public required double SurveyOffered { get; init; }

    // ---- Cancellation ---------------------------------------------------------------------

    /// <summary>Cancellations authorised inside the owning unit instead of by the registrar or a DDM elsewhere (CANCEL-006).</summary>
    public required bool AuthorisesOwnCancellations { get; init; }

    /// <summary>C2 cancellations whose AVI nobody else verified (CANCEL-002).</summary>
    public double UnverifiedAvi { get; init; } = 0.03;

    /// <summary>Cancellations the victim is not told about with an explanation in time (CANCEL-008).</summary>
    public required double CancellationNoticeLapse { get; init; }

    // ---- Victim care and closure ------------------------------------------------------------

    /// <summary>Crime references sent late (VICTIM-001).</summary>
    public double LateCrimeReference { get; init; } = 0.05;

    /// <summary>Crime references never sent (VICTIM-001).</summary>
    public double MissingCrimeReference { get; init; } = 0.015;

    /// <summary>Decisions not to record told to the victim late (NCRS-004).</summary>
    public double LateDecisionNotice { get; init; } = 0.05;

    /// <summary>Retraction or withdrawal statements with incomplete content flags (RETRACT-003).</summary>
    public required double IncompleteRetractionRecord { get; init; }

    /// <summary>Outcomes 14/16 that do not point at the victim's recorded decision (OUTCOME-002).</summary>
    public double MissingVictimDecisionEvidence { get; init; } = 0.01;

    /// <summary>Right-to-review information not sent after a police decision not to proceed (VICTIM-002).</summary>
    public double MissingVrrInformation { get; init; } = 0.10;

    /// <summary>An ordinary unit: complies with the rules apart from realistic, occasional lapses.</summary>
    public static PracticeProfile Compliant { get; } = new()
    {
        LateRecording = 0.006,
        DetailedBeforeSpecialist = 0.01,
        QuestioningIsCredibilityFilter = false,
        RapeRetraction = 0.25,
        OtherSexualRetraction = 0.22,
        CancelOnRetraction = 0.0,
        // Baseline units never seek retractions: a single one in a small unit would already be
        // more than the 5% AUDIT-003 tolerates, which is not an "ordinary lapse".
        PoliceInitiatedRetraction = 0.0,
        RetractionRequestContact = 0.0,
        RetractionTakenByNonSpecialist = 0.0,
        RapeWellFoundedCancellation = 0.105,
        SexualSanction = 0.30,
        IsvaReferral = 0.7,
        SurveyOffered = 0.7,
        AuthorisesOwnCancellations = false,
        CancellationNoticeLapse = 0.03,
        IncompleteRetractionRecord = 0.12,
    };

    /// <summary>
    /// A compliant unit that records every report at once and cancels more, on verified grounds
    /// only (the lawful difference a rule must not mistake for Sapphire).
    /// </summary>
    public static PracticeProfile RecordAll { get; } = Compliant with
    {
        RecordsEverything = true,
        NotRecorded = 0,
        RapeWellFoundedCancellation = 0.22,
        GeneralCancellationFactor = 2.0,
        UnverifiedAvi = 0,
    };

    /// <summary>A CID office that records everything at once and cancels twice as often as others, on verified grounds only.</summary>
    public static PracticeProfile RecordAllVolumeCrime { get; } = Compliant with
    {
        RecordsEverything = true,
        NotRecorded = 0,
        GeneralCancellationFactor = 2.0,
        UnverifiedAvi = 0,
    };

    /// <summary>Southwark Sapphire, July 2008 – September 2009, as the IPCC described it.</summary>
    public static PracticeProfile Sapphire { get; } = new()
    {
        LateRecording = 0.08,
        DetailedBeforeSpecialist = 0.75,
        QuestioningIsCredibilityFilter = true,
        RapeRetraction = 0.40,
        OtherSexualRetraction = 0.30,
        CancelOnRetraction = 0.75,
        PoliceInitiatedRetraction = 0.5,
        RetractionRequestContact = 0.7,
        RetractionTakenByNonSpecialist = 0.8,
        RapeWellFoundedCancellation = 0.07,
        SexualSanction = 0.38,
        IsvaReferral = 0.2,
        SurveyOffered = 0.1,
        AuthorisesOwnCancellations = true,
        UnverifiedAvi = 0.3,
        CancellationNoticeLapse = 0.5,
        IncompleteRetractionRecord = 0.6,
        MissingCrimeReference = 0.05,
    };

    /// <summary>
    /// A compliant unit that stops cancelling and leaves unrecorded instead as many rape reports as
    /// the Sapphire practice cancels (<see cref="RapeCancellationShare"/> of <see cref="Sapphire"/>).
    /// </summary>
    public static PracticeProfile Displacement { get; } = Compliant with { DisplacedRapeReports = Sapphire.RapeCancellationShare };

    /// <summary>The profile of a practice.</summary>
    public static PracticeProfile Of(UnitPractice practice) => practice switch
    {
        UnitPractice.Sapphire => Sapphire,
        UnitPractice.Displacement => Displacement,
        UnitPractice.RecordAll => RecordAll,
        _ => throw new ArgumentOutOfRangeException(nameof(practice), practice, "unknown practice"),
    };
}
