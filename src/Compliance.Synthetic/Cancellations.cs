using System.Globalization;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// Removing a recorded crime. A well-founded cancellation has the evidence its code needs (C1:
/// the receiving force; C2: additional verifiable information obtained after recording and
/// verified by someone other than the requester; C3: the surviving record; C4: the kind of error)
/// and is authorised outside the owning unit by the registrar's office or a designated decision
/// maker. The Sapphire cancellation rests on the victim's retraction and is authorised by the
/// unit's own inspector.
/// </summary>
internal static class Cancellations
{
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

    public static DateTimeOffset Transfer(CaseContext context, RosterOfficer requester, OfficerRole requesterRole)
    {
        var random = context.Random;
        var requesterRef = context.Draft.Use(requester, requesterRole);
        var force = Recording.OtherForce(random);
        var reference = ForcePrefix(force) + "-" + context.DecidedAt.Year.ToString(CultureInfo.InvariantCulture)
            + "-" + random.Between(100000, 999999).ToString(CultureInfo.InvariantCulture);
        var requested = context.DaysAfter(context.DecidedAt, 1, 10);
        return Cancel(context, CancellationCode.C1, requesterRef, requested, "Offence location confirmed in another force area.", [], c => c with
        {
            TransferredToForce = force,
            ReceivingForceReference = reference,
        });
    }

    /// <summary>C3, or C1 for the first record of a file, which has nothing earlier to duplicate.</summary>
    public static DateTimeOffset Duplicate(CaseContext context, RosterOfficer requester, OfficerRole requesterRole)
    {
        var index = context.Draft.Plan.Index;
        if (index == 0)
        {
            return Transfer(context, requester, requesterRole);
        }

        var requesterRef = context.Draft.Use(requester, requesterRole);
        var earlier = context.Planner.Plan(index - context.Random.Between(1, (int)Math.Min(index, 40))).CrimeRecordId;
        var requested = context.DaysAfter(context.DecidedAt, 1, 10);
        return Cancel(context, CancellationCode.C3, requesterRef, requested, "Same offence already recorded.", [], c => c with { DuplicateOfCrimeRecordId = earlier });
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
        var cancellation = new Cancellation
        {
            Code = code,
            RequestedByOfficerRef = requesterRef,
            RequestedAt = requested,
            AuthorisedByOfficerRef = context.Draft.Use(Authoriser(context), AuthoriserRole(context)),
            AuthorisedAt = authorised,
            RationaleText = rationale,
            AviRefs = aviRefs,
        };
        context.Draft.Cancellation = details is null ? cancellation : details(cancellation);
        Notices.Cancellation(context, authorised);
        return authorised;
    }

    private static RosterOfficer Authoriser(CaseContext context)
    {
        if (context.Practice.AuthorisesOwnCancellations)
        {
            return context.Unit.Heads[0];
        }

        // Rape cancellations go to the registrar's office; the rest to a DDM of the area's
        // crime management unit. Both sit outside the investigation and the owning unit.
        return context.Offence.Family == OffenceFamily.Rape || context.Current.Family == OffenceFamily.Rape
            ? context.Random.Pick(context.Force.Registrar.Heads)
            : context.Random.Pick(context.Force.CrimeManagementFor(context.Unit.Area).Heads);
    }

    private static OfficerRole AuthoriserRole(CaseContext context) =>
        context.Practice.AuthorisesOwnCancellations ? OfficerRole.UnitHead
        : context.Offence.Family == OffenceFamily.Rape || context.Current.Family == OffenceFamily.Rape ? OfficerRole.CrimeRegistrar
        : OfficerRole.DecisionMaker;

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
