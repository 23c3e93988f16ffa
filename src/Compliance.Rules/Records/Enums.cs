using System.Text.Json.Serialization;
using Compliance.Rules.Annotations;

namespace Compliance.Rules.Records;

// Every enum is written and read as its UPPER_SNAKE name (see UpperSnakeEnumConverter); integers
// and unknown names are input errors, never guessed.

/// <summary>How the report reached the police (<c>incident.channel</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<ReportChannel>))]
public enum ReportChannel
{
    /// <summary>EMERGENCY_CALL.</summary>
    EmergencyCall,
    /// <summary>NON_EMERGENCY_CALL.</summary>
    NonEmergencyCall,
    /// <summary>FRONT_COUNTER.</summary>
    FrontCounter,
    /// <summary>ONLINE.</summary>
    Online,
    /// <summary>THIRD_PARTY_REFERRAL.</summary>
    ThirdPartyReferral,
    /// <summary>OFFICER_OBSERVED.</summary>
    OfficerObserved,
}

/// <summary>Who made the report (<c>incident.reporterType</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<ReporterType>))]
public enum ReporterType
{
    /// <summary>VICTIM.</summary>
    Victim,
    /// <summary>WITNESS.</summary>
    Witness,
    /// <summary>THIRD_PARTY.</summary>
    ThirdParty,
    /// <summary>PROFESSIONAL.</summary>
    Professional,
}

/// <summary>What was disclosed (<c>incident.allegationType</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<AllegationType>))]
public enum AllegationType
{
    /// <summary>RAPE.</summary>
    Rape,
    /// <summary>ATTEMPTED_RAPE.</summary>
    AttemptedRape,
    /// <summary>SEXUAL_ASSAULT.</summary>
    SexualAssault,
    /// <summary>OTHER_SEXUAL.</summary>
    OtherSexual,
    /// <summary>VIOLENCE.</summary>
    Violence,
    /// <summary>ROBBERY.</summary>
    Robbery,
    /// <summary>BURGLARY.</summary>
    Burglary,
    /// <summary>THEFT.</summary>
    Theft,
    /// <summary>CRIMINAL_DAMAGE.</summary>
    CriminalDamage,
    /// <summary>OTHER.</summary>
    Other,
}

/// <summary>The recording decision (<c>recordingDecision.outcome</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<RecordingOutcome>))]
public enum RecordingOutcome
{
    /// <summary>CRIME_RECORDED.</summary>
    CrimeRecorded,
    /// <summary>N100: a rape report not (yet) recorded as a crime.</summary>
    N100,
    /// <summary>CRIME_RELATED_INCIDENT.</summary>
    CrimeRelatedIncident,
    /// <summary>NOT_RECORDED.</summary>
    NotRecorded,
    /// <summary>TRANSFERRED.</summary>
    Transferred,
}

/// <summary>Reasons for not recording (<c>recordingDecision.reasonCodes</c>), including the grounds NCRS-003 prohibits.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<RecordingReason>))]
public enum RecordingReason
{
    /// <summary>CREDIBLE_EVIDENCE_TO_CONTRARY.</summary>
    CredibleEvidenceToContrary,
    /// <summary>VICTIM_NOT_CONFIRMED.</summary>
    VictimNotConfirmed,
    /// <summary>OTHER_FORCE_AREA.</summary>
    OtherForceArea,
    /// <summary>NOT_A_NOTIFIABLE_OFFENCE.</summary>
    NotANotifiableOffence,
    /// <summary>PROSECUTION_UNLIKELY (prohibited).</summary>
    ProsecutionUnlikely,
    /// <summary>VICTIM_RELUCTANT (prohibited).</summary>
    VictimReluctant,
    /// <summary>VICTIM_WITHDREW_SUPPORT (prohibited).</summary>
    VictimWithdrewSupport,
    /// <summary>DETECTION_PROSPECTS (prohibited).</summary>
    DetectionProspects,
    /// <summary>WORKLOAD (prohibited).</summary>
    Workload,
    /// <summary>VICTIM_INTOXICATED (prohibited).</summary>
    VictimIntoxicated,
    /// <summary>VICTIM_MENTAL_HEALTH (prohibited).</summary>
    VictimMentalHealth,
    /// <summary>DELAY_IN_REPORTING (prohibited).</summary>
    DelayInReporting,
    /// <summary>INCONSISTENT_ACCOUNT (prohibited).</summary>
    InconsistentAccount,
    /// <summary>VICTIM_NOT_CREDIBLE (prohibited).</summary>
    VictimNotCredible,
}

/// <summary>Kind of classification change (<c>classificationHistory[].changeType</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<ChangeType>))]
public enum ChangeType
{
    /// <summary>INITIAL.</summary>
    Initial,
    /// <summary>RECLASSIFY_UP.</summary>
    ReclassifyUp,
    /// <summary>RECLASSIFY_DOWN.</summary>
    ReclassifyDown,
    /// <summary>RECLASSIFY_LATERAL.</summary>
    ReclassifyLateral,
    /// <summary>N100_TO_CRIME.</summary>
    [JsonStringEnumMemberName("N100_TO_CRIME")]
    N100ToCrime,
    /// <summary>REINSTATE.</summary>
    Reinstate,
}

/// <summary>Why a classification was made or changed (<c>classificationHistory[].reasonCode</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<ClassificationReason>))]
public enum ClassificationReason
{
    /// <summary>INITIAL_RECORDING.</summary>
    InitialRecording,
    /// <summary>NEW_INFORMATION.</summary>
    NewInformation,
    /// <summary>ADDITIONAL_VERIFIABLE_INFORMATION.</summary>
    AdditionalVerifiableInformation,
    /// <summary>RECORDING_ERROR.</summary>
    RecordingError,
    /// <summary>VICTIM_CONFIRMED.</summary>
    VictimConfirmed,
    /// <summary>OTHER.</summary>
    Other,
}

/// <summary>Cancellation code (<c>cancellation.code</c>); which are valid depends on the counting-rules edition.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<CancellationCode>))]
public enum CancellationCode
{
    /// <summary>C1: transferred to another force.</summary>
    C1,
    /// <summary>C2: additional verifiable information shows no notifiable crime.</summary>
    C2,
    /// <summary>C3: duplicate, or part of another crime.</summary>
    C3,
    /// <summary>C4: recorded in error.</summary>
    C4,
    /// <summary>C5: edition-dependent (HOCR-2019 onwards).</summary>
    C5,
}

/// <summary>What kind of error a C4 cancellation corrects (<c>cancellation.errorType</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<CancellationErrorType>))]
public enum CancellationErrorType
{
    /// <summary>DUPLICATE_ENTRY.</summary>
    DuplicateEntry,
    /// <summary>WRONG_RECORD.</summary>
    WrongRecord,
    /// <summary>TEST_RECORD.</summary>
    TestRecord,
    /// <summary>OTHER.</summary>
    Other,
}

/// <summary>Kind of additional verifiable information (AVI) or evidence item.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<AviType>))]
public enum AviType
{
    /// <summary>CCTV (verifiable).</summary>
    Cctv,
    /// <summary>COMMUNICATIONS_DATA (verifiable).</summary>
    CommunicationsData,
    /// <summary>LOCATION_DATA (verifiable).</summary>
    LocationData,
    /// <summary>FORENSIC (verifiable).</summary>
    Forensic,
    /// <summary>MEDICAL (verifiable).</summary>
    Medical,
    /// <summary>INDEPENDENT_WITNESS (verifiable).</summary>
    IndependentWitness,
    /// <summary>DOCUMENTARY (verifiable).</summary>
    Documentary,
    /// <summary>VICTIM_RETRACTION: never sufficient alone; a retraction is not evidence that no crime happened.</summary>
    [InsufficientGrounds]
    VictimRetraction,
    /// <summary>VICTIM_WITHDRAWAL_OF_SUPPORT: never sufficient alone; withdrawn support is an outcome, not a cancellation.</summary>
    [InsufficientGrounds]
    VictimWithdrawalOfSupport,
    /// <summary>SUSPECT_ACCOUNT: never sufficient alone.</summary>
    [InsufficientGrounds]
    SuspectAccount,
    /// <summary>OFFICER_OPINION: never sufficient alone.</summary>
    [InsufficientGrounds]
    OfficerOpinion,
}

/// <summary>An officer's role in the record (<c>officers[].role</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<OfficerRole>))]
public enum OfficerRole
{
    /// <summary>FIRST_RESPONDER.</summary>
    FirstResponder,
    /// <summary>INVESTIGATOR.</summary>
    Investigator,
    /// <summary>SPECIALIST.</summary>
    Specialist,
    /// <summary>SUPERVISOR.</summary>
    Supervisor,
    /// <summary>UNIT_HEAD.</summary>
    UnitHead,
    /// <summary>CRIME_REGISTRAR.</summary>
    CrimeRegistrar,
    /// <summary>DECISION_MAKER.</summary>
    DecisionMaker,
}

/// <summary>An accreditation an officer holds (<c>accreditations[].type</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<AccreditationType>))]
public enum AccreditationType
{
    /// <summary>STO: sexual offences trained officer (a specialist).</summary>
    Sto,
    /// <summary>SOIT: sexual offences investigation trained officer (a specialist).</summary>
    Soit,
    /// <summary>DDM: designated decision maker.</summary>
    Ddm,
    /// <summary>FCR: force crime registrar.</summary>
    Fcr,
    /// <summary>DFCR: deputy force crime registrar.</summary>
    Dfcr,
    /// <summary>PIP1: professionalising investigation programme level 1.</summary>
    [JsonStringEnumMemberName("PIP1")]
    Pip1,
    /// <summary>PIP2: professionalising investigation programme level 2.</summary>
    [JsonStringEnumMemberName("PIP2")]
    Pip2,
}

/// <summary>How deeply the victim was questioned at a contact.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<QuestioningDepth>))]
public enum QuestioningDepth
{
    /// <summary>NONE.</summary>
    None,
    /// <summary>INITIAL_ACCOUNT.</summary>
    InitialAccount,
    /// <summary>DETAILED.</summary>
    Detailed,
}

/// <summary>Why a contact with the victim took place.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<ContactPurpose>))]
public enum ContactPurpose
{
    /// <summary>SAFEGUARDING.</summary>
    Safeguarding,
    /// <summary>EVIDENCE_CAPTURE.</summary>
    EvidenceCapture,
    /// <summary>CLASSIFICATION_CHECK.</summary>
    ClassificationCheck,
    /// <summary>CREDIBILITY_ASSESSMENT.</summary>
    CredibilityAssessment,
    /// <summary>CONFIRM_ALLEGATION.</summary>
    ConfirmAllegation,
    /// <summary>RETRACTION_REQUEST.</summary>
    RetractionRequest,
    /// <summary>UPDATE.</summary>
    Update,
    /// <summary>ISVA_REFERRAL.</summary>
    IsvaReferral,
    /// <summary>OTHER.</summary>
    Other,
}

/// <summary>Kind of statement.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<StatementType>))]
public enum StatementType
{
    /// <summary>INITIAL_ACCOUNT.</summary>
    InitialAccount,
    /// <summary>FIRST_ACCOUNT.</summary>
    FirstAccount,
    /// <summary>ABE_INTERVIEW (achieving best evidence).</summary>
    AbeInterview,
    /// <summary>WITNESS.</summary>
    Witness,
    /// <summary>RETRACTION.</summary>
    Retraction,
    /// <summary>WITHDRAWAL_OF_SUPPORT.</summary>
    WithdrawalOfSupport,
}

/// <summary>Who initiated a statement.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<StatementInitiator>))]
public enum StatementInitiator
{
    /// <summary>VICTIM.</summary>
    Victim,
    /// <summary>POLICE.</summary>
    Police,
    /// <summary>THIRD_PARTY.</summary>
    ThirdParty,
}

/// <summary>Support present when a statement was taken.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<SupportType>))]
public enum SupportType
{
    /// <summary>ISVA: independent sexual violence adviser.</summary>
    Isva,
    /// <summary>FRIEND_OR_FAMILY.</summary>
    FriendOrFamily,
    /// <summary>SOLICITOR.</summary>
    Solicitor,
    /// <summary>NONE.</summary>
    None,
}

/// <summary>A reason a victim gave in a retraction or withdrawal of support.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<RetractionReason>))]
public enum RetractionReason
{
    /// <summary>DOES_NOT_WANT_COURT.</summary>
    DoesNotWantCourt,
    /// <summary>FEAR_OF_SUSPECT.</summary>
    FearOfSuspect,
    /// <summary>RECONCILED.</summary>
    Reconciled,
    /// <summary>PRESSURE_FROM_OTHERS.</summary>
    PressureFromOthers,
    /// <summary>LACK_OF_SUPPORT.</summary>
    LackOfSupport,
    /// <summary>ALLEGATION_UNTRUE.</summary>
    AllegationUntrue,
    /// <summary>OTHER.</summary>
    Other,
}

/// <summary>Kind of notification sent to the victim.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<NotificationType>))]
public enum NotificationType
{
    /// <summary>CRIME_REFERENCE.</summary>
    CrimeReference,
    /// <summary>DECISION_NOT_TO_RECORD.</summary>
    DecisionNotToRecord,
    /// <summary>CANCELLATION.</summary>
    Cancellation,
    /// <summary>OUTCOME.</summary>
    Outcome,
    /// <summary>VRR_INFORMATION (victims' right to review).</summary>
    VrrInformation,
}

/// <summary>How a notification was sent.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<NotificationChannel>))]
public enum NotificationChannel
{
    /// <summary>LETTER.</summary>
    Letter,
    /// <summary>EMAIL.</summary>
    Email,
    /// <summary>PHONE.</summary>
    Phone,
    /// <summary>SMS.</summary>
    Sms,
    /// <summary>IN_PERSON.</summary>
    InPerson,
    /// <summary>PORTAL.</summary>
    Portal,
}

/// <summary>Kind of victim feedback offered.</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<FeedbackType>))]
public enum FeedbackType
{
    /// <summary>CONFIDENTIAL_SURVEY.</summary>
    ConfidentialSurvey,
}
