using System.Globalization;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// Removing a recorded crime. A well-founded cancellation has the evidence its code needs (C1:
/// the receiving force; C2: additional verifiable information obtained after recording and
/// verified by someone other than the requester; C3: the surviving record; C4: the kind of error)
/// and is authorised by someone with the authority of the day: the registrar's office or a
/// designated decision maker outside the owning unit (by role alone before April 2015, by
/// accreditation after), or for volume crime sometimes the case's own sergeant, who is neither
/// the requester nor an investigator. The Sapphire cancellation rests on the victim's retraction
/// and is authorised by the unit's own inspector.
/// </summary>
internal static class Cancellations
{
    /// <summary>Withdrawals of support after which the crime proves a duplicate or another force's (lawful C3 or C1).</summary>
    public const double LawfulAfterWithdrawal = 0.06;

    private static readonly Weighted<(AviType Type, string Summary)> SexualOffenceAvi = new(
        ((AviType.Cctv, "Footage shows the reported events did not occur."), 35),
        ((AviType.CommunicationsData, "Call and message records contradict the report."), 25),
        ((AviType.Forensic, "Forensic results reviewed with the account."), 15),
        ((AviType.IndependentWitness, "Independent witness account obtained."), 15),
        ((AviType.LocationData, "Location data places the parties elsewhere."), 10));

    private static readonly Weighted<(AviType Type, string Summary)> VolumeCrimeAvi = new(
        ((AviType.Cctv, "Footage shows no offence took place."), 50),
        ((AviType.IndependentWitness, "Independent witness account obtained."), 20),
        ((AviType.Documentary, "Records show the property was not stolen."), 20),
        ((AviType.CommunicationsData, "Call records contradict the report."), 10));

    private static readonly Weighted<CancellationErrorType> ErrorTypes = new(
        (CancellationErrorType.DuplicateEntry, 40), (CancellationErrorType.WrongRecord, 40),
        (CancellationErrorType.TestRecord, 5), (CancellationErrorType.Other, 15));

    /// <summary>C2 on verified AVI. <paramref name="retractionStatement"/> is a victim's retraction that the AVI supports, if any.</summary>
    public static DateTimeOffset AdditionalVerifiableInformation(CaseContext context, RosterOfficer requester, OfficerRole requesterRole, DateTimeOffset notBefore, string? retractionStatement)
    {
        var draft = context.Draft;
        var requesterRef = draft.Use(requester, requesterRole);
        var (type, summary) = (context.Offence.IsSexual ? SexualOffenceAvi : VolumeCrimeAvi).Pick(context.Random);
        var obtained = context.DaysAfter(notBefore, 1, 20);
        string? verifier = context.Random.Chance(context.Practice.UnverifiedAvi)
            ? null
            : draft.Use(context.Supervisor, OfficerRole.Supervisor);
        var aviRefs = new List<string> { draft.AddAvi(type, obtained, requesterRef, verifier, summary, draft.Exhibit(draft.Avi.Count + 2)) };
        if (retractionStatement is not null)
        {
            aviRefs.Add(draft.AddAvi(AviType.VictimRetraction, obtained, requesterRef, verifier, "Victim statement that the event did not happen.", retractionStatement));
        }

        var requested = context.HoursAfter(obtained, 1, 72);
        return Cancel(context, CancellationCode.C2, requesterRef, requested, "Verified AVI shows no notifiable offence.", aviRefs);
    }

    /// <summary>The Sapphire C2: the retraction (or withdrawal) statement itself is offered as AVI.</summary>
    public static DateTimeOffset OnRetraction(CaseContext context, RosterOfficer requester, OfficerRole requesterRole, DateTimeOffset statementAt, string statementId, StatementType statementType)
    {
        var draft = context.Draft;
        var requesterRef = draft.Use(requester, requesterRole);
        var retraction = statementType == StatementType.Retraction;
        var aviRefs = new List<string>
        {
            draft.AddAvi(
                retraction ? AviType.VictimRetraction : AviType.VictimWithdrawalOfSupport,
                statementAt,
                requesterRef,
                verifiedBy: null,
                retraction ? "Retraction statement." : "Withdrawal statement.",
                statementId),
        };
        if (context.Random.Chance(0.25))
        {
            aviRefs.Add(draft.AddAvi(AviType.OfficerOpinion, statementAt, requesterRef, verifiedBy: null, "Officer assessment of the account.", exhibitRef: null));
        }

        var requested = context.HoursAfter(statementAt, 1, 72);
        return Cancel(context, CancellationCode.C2, requesterRef, requested, retraction ? "Victim has retracted." : "Victim no longer supports a prosecution.", aviRefs);
    }

    /// <summary>
    /// C3 or C1 found after the victim withdrew support: lawful, the withdrawal is not the ground.
    /// What was found is kept as verified information (the earlier record, where the offence took
    /// place), as a careful investigator would.
    /// </summary>
    public static DateTimeOffset AfterWithdrawal(CaseContext context, RosterOfficer requester, OfficerRole requesterRole, DateTimeOffset statementAt)
    {
        var draft = context.Draft;
        var requesterRef = draft.Use(requester, requesterRole);
        var duplicate = context.Random.Chance(0.6) && draft.Plan.Index > 0;
        var found = context.DaysAfter(statementAt, 1, 10);
        var avi = draft.AddAvi(
            duplicate ? AviType.Documentary : AviType.LocationData,
            found,
            requesterRef,
            draft.Use(context.Supervisor, OfficerRole.Supervisor),
            duplicate ? "Earlier record of the same offence found." : "Location data places the offence in another force area.",
            draft.Exhibit(draft.Avi.Count + 2));
        return duplicate
            ? Duplicate(context, requester, requesterRole, found, [avi])
            : Transfer(context, requester, requesterRole, found, [avi]);
    }

    public static DateTimeOffset Transfer(CaseContext context, RosterOfficer requester, OfficerRole requesterRole, DateTimeOffset? notBefore = null, IReadOnlyList<string>? aviRefs = null)
    {
        var random = context.Random;
        var requesterRef = context.Draft.Use(requester, requesterRole);
        var force = Recording.OtherForce(random);
        var reference = ForcePrefix(force) + "-" + context.DecidedAt.Year.ToString(CultureInfo.InvariantCulture)
            + "-" + random.Between(100000, 999999).ToString(CultureInfo.InvariantCulture);
        var requested = context.DaysAfter(notBefore ?? context.DecidedAt, 1, 10);
        return Cancel(context, CancellationCode.C1, requesterRef, requested, "Offence location confirmed in another force area.", aviRefs ?? [], c => c with
        {
            TransferredToForce = force,
            ReceivingForceReference = reference,
        });
    }

    /// <summary>C3, or C1 for the first record of a file, which has nothing earlier to duplicate.</summary>
    public static DateTimeOffset Duplicate(CaseContext context, RosterOfficer requester, OfficerRole requesterRole, DateTimeOffset? notBefore = null, IReadOnlyList<string>? aviRefs = null)
    {
        var index = context.Draft.Plan.Index;
        if (index == 0)
        {
            return Transfer(context, requester, requesterRole, notBefore, aviRefs);
        }

        var requesterRef = context.Draft.Use(requester, requesterRole);
        var earlier = context.Planner.Plan(index - context.Random.Between(1, (int)Math.Min(index, 40))).CrimeRecordId;
        var requested = context.DaysAfter(notBefore ?? context.DecidedAt, 1, 10);
        return Cancel(context, CancellationCode.C3, requesterRef, requested, "Same offence already recorded.", aviRefs ?? [], c => c with { DuplicateOfCrimeRecordId = earlier });
    }

    /// <summary>C4: only on a record with no victim account beyond the initial one and no arrest (CANCEL-007).</summary>
    public static DateTimeOffset RecordedInError(CaseContext context, RosterOfficer requester, OfficerRole requesterRole)
    {
        var requesterRef = context.Draft.Use(requester, requesterRole);
        var errorType = ErrorTypes.Pick(context.Random);
        var requested = context.DaysAfter(context.DecidedAt, 1, 5);
        return Cancel(context, CancellationCode.C4, requesterRef, requested, "Recorded in error.", [], c => c with { ErrorType = errorType });
    }

    private static DateTimeOffset Cancel(
        CaseContext context,
        CancellationCode code,
        string requesterRef,
        DateTimeOffset requested,
        string rationale,
        IReadOnlyList<string> aviRefs,
        Func<Cancellation, Cancellation>? details = null)
    {
        var authorised = context.Practice.AuthorisesOwnCancellations
            ? context.HoursAfter(requested, 1, 30)
            : context.HoursAfter(requested, 2, 7 * 24);
        var (authoriser, authoriserRole) = Authoriser(context, requesterRef, authorised);
        var cancellation = new Cancellation
        {
            Code = code,
            RequestedByOfficerRef = requesterRef,
            RequestedAt = requested,
            AuthorisedByOfficerRef = context.Draft.Use(authoriser, authoriserRole),
            AuthorisedAt = authorised,
            RationaleText = rationale,
            AviRefs = aviRefs,
        };
        context.Draft.Cancellation = details is null ? cancellation : details(cancellation);
        Notices.Cancellation(context, authorised);
        return authorised;
    }

    private static (RosterOfficer Officer, OfficerRole Role) Authoriser(CaseContext context, string requesterRef, DateTimeOffset authorisedAt)
    {
        if (context.Practice.AuthorisesOwnCancellations)
        {
            return (context.Unit.Heads[0], OfficerRole.UnitHead);
        }

        var random = context.Random;
        var rape = context.Offence.Family == OffenceFamily.Rape || context.Current.Family == OffenceFamily.Rape;
        if (!context.Current.IsSerious && context.Supervisor.OfficerRef != requesterRef && random.Chance(0.3))
        {
            // Outside the serious groups a sergeant may authorise, even of the owning unit, as
            // long as it is not the requester (the sergeant takes no part in the investigation).
            return (context.Supervisor, OfficerRole.Supervisor);
        }

        // Rape cancellations mostly go to the registrar's office, the rest to a decision maker of
        // the area's crime management unit; both sit outside the investigation and the owning unit.
        var (officer, role) = rape && random.Chance(0.7)
            ? (random.Pick(context.Force.Registrar.Heads), OfficerRole.CrimeRegistrar)
            : (random.Pick(context.Force.CrimeManagementFor(context.Unit.Area).Heads), OfficerRole.DecisionMaker);
        if (!HasAuthority(officer, authorisedAt))
        {
            // The role alone no longer carries the authority: an accredited decision maker.
            return (context.Force.CrimeManagementFor(context.Unit.Area).Heads[0], OfficerRole.DecisionMaker);
        }

        return (officer, role);
    }

    /// <summary>Whether an officer of the registrar's office or a crime management unit may authorise at <paramref name="at"/>.</summary>
    private static bool HasAuthority(RosterOfficer officer, DateTimeOffset at) =>
        RulesInForce.RoleAuthorisesCancellation(at)
        || officer.Holds(AccreditationType.Fcr, at) || officer.Holds(AccreditationType.Dfcr, at) || officer.Holds(AccreditationType.Ddm, at);

    private static string ForcePrefix(string force) => force switch
    {
        "Kent Police" => "KNT",
        "Surrey Police" => "SRY",
        "Essex Police" => "ESX",
        "Thames Valley Police" => "TVP",
        "City of London Police" => "COL",
        _ => "BTP",
    };
}
