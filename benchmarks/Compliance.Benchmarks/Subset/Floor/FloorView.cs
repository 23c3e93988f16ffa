using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Subset.Floor;

/// <summary>
/// The few derived notions the subset shares (the catalog's shared definitions), computed on the stack
/// for one record; lookups are linear scans, which beat a dictionary on lists this short.
/// </summary>
internal readonly struct FloorView
{
    private readonly CrimeRecord _record;

    public FloorView(CrimeRecord record)
    {
        _record = record;
        var sexual = FloorTables.IsSexualAllegation(record.Incident.AllegationType);
        ClassificationEntry? current = null;
        for (var entryIndex = 0; entryIndex < record.ClassificationHistory.Count; entryIndex++)
        {
            var entry = record.ClassificationHistory[entryIndex];
            if (current is null || entry.Seq > current.Seq)
            {
                current = entry;
            }

            if (!sexual)
            {
                var group = FloorTables.GroupOf(entry.HomeOfficeCode);
                sexual = group is OffenceGroup.Rape or OffenceGroup.OtherSexual;
            }
        }

        IsSexualOffenceRecord = sexual;
        CurrentGroup = current is null ? OffenceGroup.None : FloorTables.GroupOf(current.HomeOfficeCode);
    }

    public bool IsSexualOffenceRecord { get; }

    public OffenceGroup CurrentGroup { get; }

    public int RecordingLimitHours => FloorTables.RecordingLimitHours(_record);

    public DateTimeOffset? FirstSpecialistContactAt
    {
        get
        {
            DateTimeOffset? first = null;
            for (var contactIndex = 0; contactIndex < _record.VictimContacts.Count; contactIndex++)
            {
                var contact = _record.VictimContacts[contactIndex];
                if ((first is null || contact.At < first) && IsSpecialistAt(contact.OfficerRef, contact.At))
                {
                    first = contact.At;
                }
            }

            return first;
        }
    }

    public Officer? Officer(string? officerRef)
    {
        for (var officerIndex = 0; officerIndex < _record.Officers.Count; officerIndex++)
        {
            var officer = _record.Officers[officerIndex];
            if (officer.OfficerRef == officerRef)
            {
                return officer;
            }
        }

        return null;
    }

    public bool IsSpecialistAt(string officerRef, DateTimeOffset t) =>
        Officer(officerRef) is { } officer && Holds(officer, FloorTables.LondonDate(t), AccreditationType.Sto, AccreditationType.Soit, AccreditationType.Soit);

    public bool HoldsCancellationAuthorityAt(string officerRef, DateTimeOffset? t) =>
        t is { } at && Officer(officerRef) is { } officer
        && Holds(officer, FloorTables.LondonDate(at), AccreditationType.Fcr, AccreditationType.Dfcr, AccreditationType.Ddm);

    public bool IsContactOrStatementOfficer(string officerRef)
    {
        for (var contactIndex = 0; contactIndex < _record.VictimContacts.Count; contactIndex++)
        {
            var contact = _record.VictimContacts[contactIndex];
            if (contact.OfficerRef == officerRef)
            {
                return true;
            }
        }

        for (var statementIndex = 0; statementIndex < _record.Statements.Count; statementIndex++)
        {
            var statement = _record.Statements[statementIndex];
            if (statement.TakenByOfficerRef == officerRef)
            {
                return true;
            }
        }

        return false;
    }

    public AviItem? Avi(string aviRef)
    {
        for (var itemIndex = 0; itemIndex < _record.AdditionalVerifiableInformation.Count; itemIndex++)
        {
            var item = _record.AdditionalVerifiableInformation[itemIndex];
            if (item.AviId == aviRef)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>Qualifying AVI: verifiable, obtained after the recording decision, verified by someone other than the requester.</summary>
    public bool HasQualifyingAvi(IReadOnlyList<string> aviRefs, string? requester)
    {
        var decided = _record.RecordingDecision?.DecidedAt;
        for (var aviRefIndex = 0; aviRefIndex < aviRefs.Count; aviRefIndex++)
        {
            var aviRef = aviRefs[aviRefIndex];
            if (Avi(aviRef) is { } item
                && FloorTables.IsVerifiable(item.Type)
                && (decided is null || item.ObtainedAt > decided)
                && !string.IsNullOrWhiteSpace(item.VerifiedByOfficerRef)
                && item.VerifiedByOfficerRef != requester)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts the distinct AVI items the references resolve to, and how many are insufficient grounds / retractions.</summary>
    public void CountResolved(IReadOnlyList<string> aviRefs, ref int resolved, ref int insufficient, ref int retraction)
    {
        for (var i = 0; i < aviRefs.Count; i++)
        {
            if (Avi(aviRefs[i]) is not { } item || IsRepeated(aviRefs, i, item))
            {
                continue;
            }

            resolved++;
            insufficient += FloorTables.IsInsufficientGrounds(item.Type) ? 1 : 0;
            retraction += FloorTables.IsRetractionAvi(item.Type) ? 1 : 0;
        }
    }

    private bool IsRepeated(IReadOnlyList<string> aviRefs, int index, AviItem item)
    {
        for (var j = 0; j < index; j++)
        {
            if (ReferenceEquals(Avi(aviRefs[j]), item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(Officer officer, DateOnly date, AccreditationType a, AccreditationType b, AccreditationType c)
    {
        for (var accreditationIndex = 0; accreditationIndex < officer.Accreditations.Count; accreditationIndex++)
        {
            var accreditation = officer.Accreditations[accreditationIndex];
            if ((accreditation.Type == a || accreditation.Type == b || accreditation.Type == c)
                && accreditation.ValidFrom <= date
                && (accreditation.ValidTo is null || date <= accreditation.ValidTo))
            {
                return true;
            }
        }

        return false;
    }
}
