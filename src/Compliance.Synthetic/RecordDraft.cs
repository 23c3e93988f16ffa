using System.Globalization;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// The mutable working copy of one record while it is composed. Every officer a part of the record
/// names goes through <see cref="Use"/>, so <c>officers[]</c> lists exactly the people referenced,
/// in order of first appearance, with the role of that first appearance.
/// </summary>
internal sealed class RecordDraft(RecordPlan plan)
{
    private readonly List<Officer> _officers = [];
    private readonly HashSet<string> _officerRefs = new(StringComparer.Ordinal);

    public RecordPlan Plan { get; } = plan;

    public Incident? Incident { get; set; }

    public RecordingDecision? RecordingDecision { get; set; }

    public Cancellation? Cancellation { get; set; }

    public List<ClassificationEntry> History { get; } = [];

    public List<AviItem> Avi { get; } = [];

    public List<Victim> Victims { get; } = [];

    public List<Suspect> Suspects { get; } = [];

    public List<VictimContact> Contacts { get; } = [];

    public List<Statement> Statements { get; } = [];

    public List<Outcome> Outcomes { get; } = [];

    public List<Notification> Notifications { get; } = [];

    public List<VictimFeedback> Feedback { get; } = [];

    public string Use(RosterOfficer officer, OfficerRole role)
    {
        if (_officerRefs.Add(officer.OfficerRef))
        {
            _officers.Add(new Officer
            {
                OfficerRef = officer.OfficerRef,
                Rank = officer.Rank,
                Role = role,
                UnitId = officer.UnitId,
                Accreditations = officer.Accreditations,
            });
        }

        return officer.OfficerRef;
    }

    public string AddContact(RosterOfficer officer, OfficerRole role, DateTimeOffset at, QuestioningDepth depth, ContactPurpose purpose, int minutes)
    {
        var id = "C-" + Ordinal(Contacts.Count + 1);
        Contacts.Add(new VictimContact
        {
            ContactId = id,
            At = at,
            OfficerRef = Use(officer, role),
            QuestioningDepth = depth,
            PurposeCode = purpose,
            DurationMinutes = minutes,
        });
        return id;
    }

    public string AddStatement(
        StatementType type,
        DateTimeOffset at,
        RosterOfficer officer,
        OfficerRole role,
        StatementInitiator initiatedBy,
        IReadOnlyList<SupportType>? support = null,
        ContentFlags? flags = null)
    {
        var id = "STMT-" + Ordinal(Statements.Count + 1);
        Statements.Add(new Statement
        {
            StatementId = id,
            Type = type,
            TakenAt = at,
            TakenByOfficerRef = Use(officer, role),
            InitiatedBy = initiatedBy,
            SupportPresent = support ?? [],
            ContentFlags = flags,
        });
        return id;
    }

    public string AddAvi(AviType type, DateTimeOffset obtainedAt, string obtainedBy, string? verifiedBy, string summary, string? exhibitRef)
    {
        var id = "AVI-" + Ordinal(Avi.Count + 1);
        Avi.Add(new AviItem
        {
            AviId = id,
            Type = type,
            ObtainedAt = obtainedAt,
            ObtainedByOfficerRef = obtainedBy,
            VerifiedByOfficerRef = verifiedBy,
            Summary = summary,
            ExhibitRef = exhibitRef,
        });
        return id;
    }

    /// <summary>An exhibit reference outside the record (<c>EXH-000123-2</c>).</summary>
    public string Exhibit(int number) => "EXH-" + Plan.Number + "-" + Ordinal(number);

    public CrimeRecord Build() => new()
    {
        SchemaVersion = CrimeRecord.CurrentSchemaVersion,
        CrimeRecordId = Plan.CrimeRecordId,
        Force = new Force { Code = ForceModel.ForceCode, Name = ForceModel.ForceName },
        OwningUnit = new OwningUnit { UnitId = Plan.Unit.UnitId, UnitType = Plan.Unit.UnitType, Area = Plan.Unit.Area },
        Incident = Incident ?? throw new InvalidOperationException("a record needs its incident"),
        RecordingDecision = RecordingDecision,
        ClassificationHistory = History.ToArray(),
        Cancellation = Cancellation,
        AdditionalVerifiableInformation = Avi.ToArray(),
        Victims = Victims.ToArray(),
        Suspects = Suspects.ToArray(),
        Officers = _officers.ToArray(),
        VictimContacts = Contacts.ToArray(),
        Statements = Statements.ToArray(),
        Outcomes = Outcomes.ToArray(),
        Notifications = Notifications.ToArray(),
        VictimFeedback = Feedback.ToArray(),
    };

    private static string Ordinal(int value) => value.ToString(CultureInfo.InvariantCulture);
}
