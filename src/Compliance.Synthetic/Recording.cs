using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>The incident, the recording decision and the classification history.</summary>
internal static class Recording
{
    private static readonly string[] OtherForces = ["Kent Police", "Surrey Police", "Essex Police", "Thames Valley Police", "City of London Police", "British Transport Police"];

    public static void SetIncident(CaseContext context, ReportChannel channel, ReporterType reporter, AllegationType allegation) =>
        context.Draft.Incident = new Incident
        {
            IncidentId = context.Draft.Plan.IncidentId,
            ReportReceivedAt = context.Received,
            Channel = channel,
            ReporterType = reporter,
            AllegationType = allegation,
        };

    /// <summary>
    /// When the decision is made: usually within a day, always two hours inside the recording
    /// limit of the day (72 hours before April 2015, 24 after), occasionally after it (NCRS-001) as
    /// the unit's practice says.
    /// </summary>
    public static DateTimeOffset DecisionTime(CaseContext context, DateTimeOffset earliest)
    {
        var limitHours = context.RecordingLimitHours;
        if (context.Random.Chance(context.Practice.LateRecording))
        {
            return context.HoursAfter(context.Received, limitHours + 1, limitHours + 168);
        }

        var decided = context.MinutesAfter(earliest, 30, Math.Min(24, limitHours - 6) * 60);
        var limit = context.Received.AddHours(limitHours - 2);
        return decided < limit ? decided : limit;
    }

    public static void RecordAsCrime(CaseContext context, DateTimeOffset decidedAt, RosterOfficer decider, OfficerRole role)
    {
        var draft = context.Draft;
        var deciderRef = draft.Use(decider, role);
        context.DecidedAt = decidedAt;
        context.Fate = decidedAt > context.Received.AddHours(context.RecordingLimitHours) ? EventFate.RecordedLate : EventFate.Recorded;
        draft.RecordingDecision = new RecordingDecision
        {
            Outcome = RecordingOutcome.CrimeRecorded,
            DecidedAt = decidedAt,
            DecidedByOfficerRef = deciderRef,
        };
        draft.History.Add(new ClassificationEntry
        {
            Seq = 1,
            EffectiveAt = decidedAt,
            ChangeType = ChangeType.Initial,
            HomeOfficeCode = context.Offence.HomeOfficeCode,
            ReasonCode = ClassificationReason.InitialRecording,
            RequestedByOfficerRef = deciderRef,
        });
    }

    /// <summary>A non-sexual report closed without a crime: a crime-related incident or not recorded, with reasons.</summary>
    public static void NotRecord(CaseContext context, DateTimeOffset decidedAt, RosterOfficer decider, OfficerRole role)
    {
        var random = context.Random;
        var draft = context.Draft;
        var contrary = random.Chance(0.4);
        var footage = random.Chance(0.7);
        var evidence = contrary
            ? new[]
            {
                new EvidenceItem
                {
                    Type = footage ? AviType.Cctv : AviType.Documentary,
                    Summary = footage ? "Footage reviewed before recording." : "Records checked before recording.",
                    ExhibitRef = draft.Exhibit(1),
                },
            }
            : [];
        var rationale = contrary ? "Verified evidence shows no offence took place." : "No notifiable offence disclosed.";
        if (random.Chance(context.Practice.PlaceholderRationale))
        {
            rationale = random.Chance(0.5) ? "n/a" : "tbc";
        }

        context.DecidedAt = decidedAt;
        context.Fate = EventFate.NoOffence;
        draft.RecordingDecision = new RecordingDecision
        {
            Outcome = random.Chance(0.7) ? RecordingOutcome.CrimeRelatedIncident : RecordingOutcome.NotRecorded,
            DecidedAt = decidedAt,
            DecidedByOfficerRef = draft.Use(decider, role),
            ReasonCodes = [contrary ? RecordingReason.CredibleEvidenceToContrary : RecordingReason.NotANotifiableOffence],
            RationaleText = rationale,
            CredibleEvidenceToContrary = evidence,
        };
        Notices.DecisionNotToRecord(context, decidedAt);
    }

    /// <summary>A report of an offence committed in another force's area, handed over without a crime here.</summary>
    public static void Transfer(CaseContext context, DateTimeOffset decidedAt, RosterOfficer decider, OfficerRole role)
    {
        context.DecidedAt = decidedAt;
        context.Fate = EventFate.NotRecordedLawfully;
        context.Draft.RecordingDecision = new RecordingDecision
        {
            Outcome = RecordingOutcome.Transferred,
            DecidedAt = decidedAt,
            DecidedByOfficerRef = context.Draft.Use(decider, role),
            ReasonCodes = [RecordingReason.OtherForceArea],
            RationaleText = "Offence occurred in another force area.",
            TransferredToForce = OtherForce(context.Random),
        };
    }

    /// <summary>An N100 decision (a rape report not recorded as a rape crime), with its sub-code and what supports it.</summary>
    public static void N100(CaseContext context, DateTimeOffset decidedAt, RosterOfficer decider, OfficerRole role, int subCode, RecordingReason[] reasons, string rationale)
    {
        var draft = context.Draft;
        var deciderRef = draft.Use(decider, role);
        context.DecidedAt = decidedAt;
        context.Fate = EventFate.NotRecordedLawfully;
        draft.RecordingDecision = new RecordingDecision
        {
            Outcome = RecordingOutcome.N100,
            N100SubCode = subCode,
            DecidedAt = decidedAt,
            DecidedByOfficerRef = deciderRef,
            ReasonCodes = reasons,
            RationaleText = rationale,
            CredibleEvidenceToContrary = subCode == 2
                ? [new EvidenceItem { Type = AviType.Cctv, Summary = "Footage covers the whole period reported.", ExhibitRef = draft.Exhibit(1) }]
                : [],
            TransferredToForce = subCode == 3 ? OtherForce(context.Random) : null,
        };
        draft.History.Add(new ClassificationEntry
        {
            Seq = 1,
            EffectiveAt = decidedAt,
            ChangeType = ChangeType.Initial,
            HomeOfficeCode = "N100",
            ReasonCode = ClassificationReason.InitialRecording,
            RequestedByOfficerRef = deciderRef,
        });
        Notices.DecisionNotToRecord(context, decidedAt);
    }

    /// <summary>A rape report not recorded before N100 was known to exist: a crime-related incident, with the reasons given.</summary>
    public static void CrimeRelatedIncident(CaseContext context, DateTimeOffset decidedAt, RosterOfficer decider, OfficerRole role, RecordingReason[] reasons, string rationale, bool contraryEvidence)
    {
        var draft = context.Draft;
        context.DecidedAt = decidedAt;
        context.Fate = EventFate.NotRecordedLawfully;
        draft.RecordingDecision = new RecordingDecision
        {
            Outcome = RecordingOutcome.CrimeRelatedIncident,
            DecidedAt = decidedAt,
            DecidedByOfficerRef = draft.Use(decider, role),
            ReasonCodes = reasons,
            RationaleText = rationale,
            CredibleEvidenceToContrary = contraryEvidence
                ? [new EvidenceItem { Type = AviType.Cctv, Summary = "Footage covers the whole period reported.", ExhibitRef = draft.Exhibit(1) }]
                : [],
        };
        Notices.DecisionNotToRecord(context, decidedAt);
    }

    /// <summary>Adds a later classification entry; the caller has checked what the rules ask of it.</summary>
    public static void Reclassify(
        CaseContext context,
        DateTimeOffset at,
        ChangeType change,
        Offence to,
        ClassificationReason reason,
        string justification,
        string requestedBy,
        string? authorisedBy,
        IReadOnlyList<string>? aviRefs = null)
    {
        var history = context.Draft.History;
        var previous = history[^1].HomeOfficeCode;
        if (context.Random.Chance(0.03))
        {
            // An ordinary lapse: the change is made but not explained (RECLASS-001).
            justification = "tbc";
        }

        history.Add(new ClassificationEntry
        {
            Seq = history.Count + 1,
            EffectiveAt = at,
            ChangeType = change,
            HomeOfficeCode = to.HomeOfficeCode,
            PreviousHomeOfficeCode = previous,
            ReasonCode = reason,
            JustificationText = justification,
            AviRefs = aviRefs ?? [],
            RequestedByOfficerRef = requestedBy,
            AuthorisedByOfficerRef = authorisedBy,
            AuthorisedAt = authorisedBy is null ? null : at,
        });
        context.Current = to;
    }

    public static string OtherForce(SyntheticRandom random) => random.Pick(OtherForces);
}
