using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// The ordinary reclassifications of volume and violent crime. A downgrade always rests on
/// verified AVI obtained after recording and is authorised by a DDM outside the unit (RECLASS-002);
/// every change names the previous code, a reason and who asked (RECLASS-001).
/// </summary>
internal static class Reclassifications
{
    private static readonly Offence AssaultWithInjury = new("8N", OffenceFamily.Violence, AllegationType.Violence, VictimKind.Adult, 0.7);
    private static readonly Offence AssaultWithoutInjury = new("105A", OffenceFamily.Violence, AllegationType.Violence, VictimKind.Adult, 0.7);
    private static readonly Offence DamageOtherBuilding = new("58B", OffenceFamily.CriminalDamage, AllegationType.CriminalDamage, VictimKind.Business, 0.15);
    private static readonly Offence Shoplifting = new("46", OffenceFamily.Theft, AllegationType.Theft, VictimKind.Business, 0.75);

    public static void MaybeReclassify(CaseContext context)
    {
        var random = context.Random;
        string Investigator() => context.Draft.Use(context.Investigator, context.InvestigatorRole);
        switch (context.Offence.HomeOfficeCode)
        {
            case "105A" when random.Chance(0.05):
                Recording.Reclassify(
                    context, context.DaysAfter(context.DecidedAt, 1, 14), ChangeType.ReclassifyUp, AssaultWithInjury with { Victim = context.Offence.Victim },
                    ClassificationReason.NewInformation, "Medical evidence of injury.", Investigator(), authorisedBy: null);
                break;
            case "8N" when random.Chance(0.02):
                Downgrade(context, AssaultWithoutInjury with { Victim = context.Offence.Victim }, AviType.Medical, "Medical notes show no injury.", "Medical evidence shows no injury.");
                break;
            case "30" when random.Chance(0.02):
                Downgrade(context, DamageOtherBuilding, AviType.Cctv, "Footage shows no entry was gained.", "Footage shows no entry; damage only.");
                break;
            case "49" when random.Chance(0.03):
                Recording.Reclassify(
                    context, context.HoursAfter(context.DecidedAt, 2, 72), ChangeType.ReclassifyLateral, Shoplifting,
                    ClassificationReason.RecordingError, "Theft took place in a shop.", Investigator(), authorisedBy: null);
                break;
        }
    }

    private static void Downgrade(CaseContext context, Offence to, AviType aviType, string aviSummary, string justification)
    {
        var draft = context.Draft;
        var investigator = draft.Use(context.Investigator, context.InvestigatorRole);
        var obtained = context.DaysAfter(context.DecidedAt, 1, 10);
        var verifier = draft.Use(context.Supervisor, OfficerRole.Supervisor);
        var avi = draft.AddAvi(aviType, obtained, investigator, verifier, aviSummary, draft.Exhibit(draft.Avi.Count + 2));
        var ddm = draft.Use(context.Random.Pick(context.Force.CrimeManagementFor(context.Unit.Area).Heads), OfficerRole.DecisionMaker);
        Recording.Reclassify(
            context, context.HoursAfter(obtained, 2, 96), ChangeType.ReclassifyDown, to,
            ClassificationReason.AdditionalVerifiableInformation, justification, investigator, ddm, [avi]);
    }
}
