using System.Globalization;
using Compliance.Rules.Incidents;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// Composes the incident logs of one record's report: the log the record was made from, the
/// reports of the same kind its unit received and never recorded (as many as the unit's
/// non-recording share implies), and now and then a contact without an offence. Each log draws from
/// its own stream derived from the seed and the record's index, so the records are the same bytes
/// with or without incident logs.
/// </summary>
/// <remarks>
/// What a log says is a noisy function of the truth (<see cref="IncidentContent"/>); the truth
/// itself goes to the truth file only. A report left unrecorded is closed as a unit that does not
/// record closes it: with no decision at all, on a reason the rules forbid, or — for a rape — as a
/// crime-related incident because the victim "consented". The reports its non-recording leaves out
/// are in proportion: a unit that leaves a share q of its offences unrecorded receives q / (1 − q)
/// unrecorded reports for each recorded one.
/// </remarks>
internal sealed class IncidentComposer(long seed, ForceModel force, GeneratorOptions options)
{
    private const ulong IncidentStream = 0x49_4E_43_49_44_45_4E_54; // "INCIDENT"

    /// <summary>Contacts without an offence per record (ASB, concern for safety, lost property …).</summary>
    private const double NonCrimeContacts = 0.5;

    private static readonly RecordingReason[] ForbiddenReasons =
    [
        RecordingReason.VictimReluctant, RecordingReason.ProsecutionUnlikely, RecordingReason.InconsistentAccount,
        RecordingReason.DelayInReporting, RecordingReason.VictimNotCredible,
    ];

    private static readonly Weighted<IncidentCategory> NonCrimeCategories = new(
        (IncidentCategory.AsbNuisance, 20), (IncidentCategory.AsbPersonal, 12), (IncidentCategory.ConcernForSafety, 18),
        (IncidentCategory.DomesticIncident, 10), (IncidentCategory.SuspiciousCircumstances, 10), (IncidentCategory.LostProperty, 10),
        (IncidentCategory.RoadRelated, 8), (IncidentCategory.AbandonedCall, 7), (IncidentCategory.CivilDispute, 5));

    private static readonly Weighted<IncidentCategory> UnrecordedClosures = new(
        (IncidentCategory.ConcernForSafety, 50), (IncidentCategory.CivilDispute, 25), (IncidentCategory.AsbPersonal, 25));

    private static readonly Weighted<ReportChannel> ContactChannels = new(
        (ReportChannel.EmergencyCall, 40), (ReportChannel.NonEmergencyCall, 40), (ReportChannel.FrontCounter, 15), (ReportChannel.ThirdPartyReferral, 5));

    private readonly string? _underRecordingUnit = force.UnderRecordingUnitId;

    /// <summary>The logs of record <paramref name="composed"/>'s report, the record's own first.</summary>
    public IEnumerable<ComposedIncident> Compose(ComposedRecord composed)
    {
        var random = SyntheticRandom.For(seed, IncidentStream, (ulong)composed.Index);
        var record = composed.Record;
        var offence = composed.Offence!;
        var unit = composed.Unit!;
        yield return OfRecord(composed, random);

        var extras = new List<Func<string, ComposedIncident>>();
        var share = NonRecordingOf(unit, offence);
        var ratio = share / (1 - share);
        var unrecorded = (int)Math.Floor(ratio) + (random.Chance(ratio - Math.Floor(ratio)) ? 1 : 0);
        for (var i = 0; i < unrecorded; i++)
        {
            var received = record.Incident.ReportReceivedAt.AddMinutes(random.Between(20, 2_000));
            extras.Add(id => Unrecorded(id, unit, offence, received, random));
        }

        if (random.Chance(NonCrimeContacts))
        {
            var received = record.Incident.ReportReceivedAt.AddMinutes(random.Between(5, 1_400));
            extras.Add(id => NonCrime(id, unit, received, random));
        }

        // Numbered in a random order, so that neither the id nor the position in the file says
        // which of a record's neighbours was an unrecorded offence.
        var slots = Enumerable.Range(0, extras.Count).ToArray();
        for (var i = slots.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (slots[i], slots[j]) = (slots[j], slots[i]);
        }

        for (var i = 0; i < extras.Count; i++)
        {
            var number = 100_000 + (((composed.Index * 12) + slots[i]) % 900_000);
            yield return extras[i](number.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The share of a unit's true offences of this kind it leaves unrecorded.</summary>
    private double NonRecordingOf(ForceUnit unit, Offence offence) =>
        offence.IsSexual && unit.UnitId == _underRecordingUnit ? options.UnderRecording : options.NonRecording;

    /// <summary>The log the record was made from: linked both ways, closed once the recording decision was taken.</summary>
    private ComposedIncident OfRecord(ComposedRecord composed, SyntheticRandom random)
    {
        var record = composed.Record;
        var received = record.Incident.ReportReceivedAt;
        var decision = record.RecordingDecision;
        var decidedAt = decision?.DecidedAt ?? received.AddHours(1);
        var fate = composed.Fate;
        var allegation = record.Incident.AllegationType ?? composed.Offence!.Allegation;
        var content = new IncidentContent(random, received, Scheme(received));
        content.Describe(allegation, composed.Offence!, record.Incident.Channel, latestStatement: decidedAt.AddMinutes(-10));

        IncidentCrimeDecision? crimeDecision = null;
        var category = IncidentCategory.Crime;
        if (decision is { Outcome: not RecordingOutcome.CrimeRecorded } taken)
        {
            crimeDecision = Mirror(taken, received);
            category = fate == EventFate.NoOffence ? IncidentCategory.CivilDispute : IncidentCategory.ConcernForSafety;
        }

        var closedAt = decidedAt.AddMinutes(random.Between(10, 240));
        var (closedBy, reviewedAt, reviewedBy) = Closure(composed.Unit!, closedAt, random);
        var incident = new IncidentLog
        {
            SchemaVersion = IncidentLog.CurrentSchemaVersion,
            IncidentId = composed.IncidentId,
            Force = new IncidentForce { Code = ForceModel.ForceCode },
            ReceivedAt = received,
            Channel = record.Incident.Channel,
            ReporterType = record.Incident.ReporterType,
            OwningUnit = new IncidentUnit { UnitId = composed.Unit!.UnitId, UnitType = composed.Unit.UnitType },
            CodeScheme = content.Scheme,
            OpeningCode = content.OpeningCode,
            ClosingCode = IncidentCodes.Code(content.Scheme, category),
            Qualifiers = content.Qualifiers,
            Disclosures = content.Disclosures,
            ClosedAt = closedAt,
            ClosedByOfficerRef = closedBy,
            SupervisorReviewedAt = reviewedAt,
            SupervisorReviewedByOfficerRef = reviewedBy,

            // Now and then only the record states the link (the join takes the union); a record
            // that leaves out its incident id is always listed by the incident.
            LinkedCrimeRecordIds = record.Incident.IncidentId is not null && random.Chance(0.03) ? [] : [record.CrimeRecordId],
            CrimeDecision = crimeDecision,
        };
        TrueOffence[] offences = fate == EventFate.NoOffence ? [] : [new TrueOffence(allegation, fate)];
        return new ComposedIncident(incident, offences);
    }

    /// <summary>A report of the same kind the unit never recorded.</summary>
    private ComposedIncident Unrecorded(string number, ForceUnit unit, Offence offence, DateTimeOffset received, SyntheticRandom random)
    {
        var allegation = offence.Allegation == AllegationType.Rape && random.Chance(0.15) ? AllegationType.AttemptedRape : offence.Allegation;
        var channel = ContactChannels.Pick(random);
        var closedAt = received.AddMinutes(random.Between(60, 48 * 60));
        var content = new IncidentContent(random, received, Scheme(received));
        content.Describe(allegation, offence, channel, latestStatement: closedAt);

        // Closed as a unit that does not record closes it: nothing decided, a forbidden reason, or
        // (for a rape) the Walworth pattern: a crime-related incident on "consent", no ground.
        var rape = offence.Family == OffenceFamily.Rape;
        var roll = random.Next(100);
        IncidentCrimeDecision? decision = roll < (rape ? 40 : 55) ? null
            : roll < (rape ? 70 : 100)
                ? new IncidentCrimeDecision
                {
                    Outcome = random.Chance(0.7) ? IncidentDecisionOutcome.CrimeRelatedIncident : IncidentDecisionOutcome.NotRecorded,
                    ReasonCodes = [random.Pick(ForbiddenReasons)],
                    RationaleText = "Victim does not wish to pursue.",
                    DecidedAt = closedAt,
                    DecidedByOfficerRef = random.Pick(unit.Supervisors).OfficerRef,
                }
                : new IncidentCrimeDecision
                {
                    Outcome = IncidentDecisionOutcome.CrimeRelatedIncident,
                    RationaleText = "Victim consented.",
                    DecidedAt = closedAt,
                    DecidedByOfficerRef = random.Pick(unit.Supervisors).OfficerRef,
                };
        var (closedBy, reviewedAt, reviewedBy) = Closure(unit, closedAt, random);
        var incident = Log(Id(received, number), unit, received, channel, content, IncidentCodes.Code(content.Scheme, UnrecordedClosures.Pick(random)), closedAt, closedBy, reviewedAt, reviewedBy, decision);
        return new ComposedIncident(incident, [new TrueOffence(allegation, EventFate.Unrecorded)]);
    }

    /// <summary>A contact without an offence; now and then it reports one that verified evidence or the victim's own word rules out.</summary>
    private ComposedIncident NonCrime(string number, ForceUnit unit, DateTimeOffset received, SyntheticRandom random)
    {
        var category = NonCrimeCategories.Pick(random);
        var channel = ContactChannels.Pick(random);
        var scheme = Scheme(received);
        var closedAt = received.AddMinutes(random.Between(20, 600));
        var qualifiers = new List<IncidentQualifier>();
        var disclosures = new List<Disclosure>();
        IncidentCrimeDecision? decision = null;
        var decidedBy = random.Pick(unit.Supervisors).OfficerRef;

        switch (category)
        {
            case IncidentCategory.DomesticIncident:
                qualifiers.Add(IncidentQualifier.DomesticAbuse);
                break;
            case IncidentCategory.ConcernForSafety when random.Chance(0.3):
                qualifiers.Add(random.Chance(0.5) ? IncidentQualifier.MentalHealth : IncidentQualifier.VulnerableAdult);
                break;
            case IncidentCategory.AsbPersonal or IncidentCategory.AsbNuisance when random.Chance(0.5):
                qualifiers.Add(IncidentQualifier.Asb);
                break;
        }

        if (unit.Kind == UnitKind.SexualOffences && random.Chance(0.1))
        {
            // A third party reports a sexual offence the victim, once traced, does not confirm; a
            // unit that lets offences go also writes some of these decisions down with no reason.
            var rape = random.Chance(0.5);
            var rationale = random.Chance(options.NonRecording) ? "tbc" : "Victim traced; does not confirm the allegation.";
            disclosures.Add(new Disclosure { DisclosedAt = received, Source = DisclosureSource.Referral, AllegationType = rape ? AllegationType.Rape : AllegationType.SexualAssault });
            qualifiers.Add(IncidentQualifier.Sexual);
            decision = rape && RulesInForce.HasN100(received)
                ? new IncidentCrimeDecision
                {
                    Outcome = IncidentDecisionOutcome.N100, N100SubCode = 1, ReasonCodes = [RecordingReason.VictimNotConfirmed],
                    RationaleText = rationale, DecidedAt = closedAt, DecidedByOfficerRef = decidedBy,
                }
                : new IncidentCrimeDecision
                {
                    Outcome = IncidentDecisionOutcome.CrimeRelatedIncident, ReasonCodes = [RecordingReason.VictimNotConfirmed],
                    RationaleText = rationale, DecidedAt = closedAt, DecidedByOfficerRef = decidedBy,
                };
        }
        else if (random.Chance(0.1))
        {
            // A reported theft or damage that footage or records show did not happen.
            var footage = random.Chance(0.7);
            disclosures.Add(new Disclosure { DisclosedAt = received, Source = DisclosureSource.Call, AllegationType = random.Chance(0.6) ? AllegationType.Theft : AllegationType.CriminalDamage });
            decision = new IncidentCrimeDecision
            {
                Outcome = IncidentDecisionOutcome.NotRecorded,
                ReasonCodes = [RecordingReason.CredibleEvidenceToContrary],
                RationaleText = "Verified evidence shows no offence took place.",
                CredibleEvidenceToContrary = [new EvidenceItem { Type = footage ? AviType.Cctv : AviType.Documentary, Summary = footage ? "Footage reviewed." : "Records checked." }],
                DecidedAt = closedAt,
                DecidedByOfficerRef = decidedBy,
            };
        }
        else if (category is IncidentCategory.AsbNuisance or IncidentCategory.AsbPersonal or IncidentCategory.ConcernForSafety
            or IncidentCategory.DomesticIncident or IncidentCategory.SuspiciousCircumstances && !random.Chance(options.NonRecording))
        {
            // Categories in which crimes hide: the decision that there is none is recorded
            // (except by a unit that lets some go, as often as it leaves offences unrecorded).
            decision = new IncidentCrimeDecision
            {
                Outcome = IncidentDecisionOutcome.NotRecorded,
                ReasonCodes = [RecordingReason.NotANotifiableOffence],
                RationaleText = "No notifiable offence disclosed.",
                DecidedAt = closedAt,
                DecidedByOfficerRef = decidedBy,
            };
        }

        var code = IncidentCodes.Code(scheme, category);
        var content = new IncidentContent(random, received, scheme) { OpeningCode = code, Qualifiers = qualifiers, Disclosures = disclosures };
        var (closedBy, reviewedAt, reviewedBy) = Closure(unit, closedAt, random);
        var incident = Log(Id(received, number), unit, received, channel, content, code, closedAt, closedBy, reviewedAt, reviewedBy, decision);
        return new ComposedIncident(incident, []);
    }

    private static IncidentLog Log(
        string id,
        ForceUnit unit,
        DateTimeOffset received,
        ReportChannel channel,
        IncidentContent content,
        string closingCode,
        DateTimeOffset closedAt,
        string closedBy,
        DateTimeOffset? reviewedAt,
        string? reviewedBy,
        IncidentCrimeDecision? decision) => new()
        {
            SchemaVersion = IncidentLog.CurrentSchemaVersion,
            IncidentId = id,
            Force = new IncidentForce { Code = ForceModel.ForceCode },
            ReceivedAt = received,
            Channel = channel,
            ReporterType = channel == ReportChannel.ThirdPartyReferral ? ReporterType.Professional : ReporterType.Victim,
            OwningUnit = new IncidentUnit { UnitId = unit.UnitId, UnitType = unit.UnitType },
            CodeScheme = content.Scheme,
            OpeningCode = content.OpeningCode,
            ClosingCode = closingCode,
            Qualifiers = content.Qualifiers,
            Disclosures = content.Disclosures,
            ClosedAt = closedAt,
            ClosedByOfficerRef = closedBy,
            SupervisorReviewedAt = reviewedAt,
            SupervisorReviewedByOfficerRef = reviewedBy,
            CrimeDecision = decision,
        };

    /// <summary>A record's decision not to record, as the incident holds it (N100 only where the record has it, that is where N100 existed).</summary>
    private static IncidentCrimeDecision Mirror(RecordingDecision decision, DateTimeOffset received)
    {
        if (decision.Outcome == RecordingOutcome.N100 && !RulesInForce.HasN100(received))
        {
            throw new InvalidOperationException($"an N100 decision on a report of {received:O}, before N100 existed");
        }

        return new IncidentCrimeDecision
        {
            Outcome = decision.Outcome switch
            {
                RecordingOutcome.N100 => IncidentDecisionOutcome.N100,
                RecordingOutcome.CrimeRelatedIncident => IncidentDecisionOutcome.CrimeRelatedIncident,
                RecordingOutcome.Transferred => IncidentDecisionOutcome.Transferred,
                _ => IncidentDecisionOutcome.NotRecorded,
            },
            N100SubCode = decision.N100SubCode,
            ReasonCodes = decision.ReasonCodes,
            RationaleText = decision.RationaleText,
            CredibleEvidenceToContrary = decision.CredibleEvidenceToContrary,
            TransferredToForce = decision.TransferredToForce,
            DecidedAt = decision.DecidedAt,
            DecidedByOfficerRef = decision.DecidedByOfficerRef,
        };
    }

    /// <summary>
    /// Who closed the log and who reviewed the closure: usually a sergeant of the unit within days;
    /// now and then nobody, too late, or the officer who closed it (INCIDENT-004's lapses).
    /// </summary>
    private static (string ClosedBy, DateTimeOffset? ReviewedAt, string? ReviewedBy) Closure(ForceUnit unit, DateTimeOffset closedAt, SyntheticRandom random)
    {
        var closer = random.Pick(unit.Constables.Count > 0 ? unit.Constables : unit.Supervisors).OfficerRef;
        var reviewer = random.Pick(unit.Supervisors).OfficerRef;
        return random.Next(100) switch
        {
            < 3 => (closer, null, null),
            < 5 => (closer, closedAt.AddDays(random.Between(8, 20)), reviewer),
            < 6 => (closer, closedAt.AddHours(random.Between(1, 72)), closer),
            _ => (closer, closedAt.AddMinutes(random.Between(60, 5 * 24 * 60)), reviewer),
        };
    }

    private static string Scheme(DateTimeOffset received) => IncidentCodes.SchemeAt(ForceModel.ForceCode, received);

    private static string Id(DateTimeOffset received, string number) =>
        "INC-" + received.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" + number;
}
