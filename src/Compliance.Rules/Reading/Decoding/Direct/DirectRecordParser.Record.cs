using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

// The record and its single objects (force, unit, incident, recording decision, cancellation).
internal sealed partial class DirectRecordParser
{
    private static readonly PropertyNames RecordNames = new(
        ["schemaVersion", "crimeRecordId", "rulesEdition", "force", "owningUnit", "incident", "recordingDecision", "classificationHistory",
         "cancellation", "additionalVerifiableInformation", "victims", "suspects", "officers", "victimContacts", "statements", "outcomes",
         "notifications", "victimFeedback"],
        "schemaVersion", "crimeRecordId", "incident");

    private static readonly PropertyNames ForceNames = new(["code", "name"], "code");
    private static readonly PropertyNames UnitNames = new(["unitId", "unitType", "area"], "unitId");
    private static readonly PropertyNames IncidentNames = new(["incidentId", "reportReceivedAt", "channel", "reporterType", "allegationType"], "reportReceivedAt");

    private static readonly PropertyNames DecisionNames = new(
        ["outcome", "n100SubCode", "decidedAt", "decidedByOfficerRef", "reasonCodes", "rationaleText", "credibleEvidenceToContrary", "transferredToForce"]);

    private static readonly PropertyNames EvidenceNames = new(["type", "summary", "exhibitRef"], "type");

    private static readonly PropertyNames CancellationNames = new(
        ["code", "requestedByOfficerRef", "requestedAt", "authorisedByOfficerRef", "authorisedAt", "rationaleText", "aviRefs", "transferredToForce",
         "receivingForceReference", "duplicateOfCrimeRecordId", "errorType"]);

    private readonly List<ClassificationEntry> _classifications = [];
    private readonly List<AviItem> _aviItems = [];
    private readonly List<Victim> _victims = [];
    private readonly List<Suspect> _suspects = [];
    private readonly List<Officer> _officers = [];
    private readonly List<Accreditation> _accreditations = [];
    private readonly List<VictimContact> _contacts = [];
    private readonly List<Statement> _statements = [];
    private readonly List<Outcome> _outcomes = [];
    private readonly List<Notification> _notifications = [];
    private readonly List<VictimFeedback> _feedback = [];
    private readonly List<EvidenceItem> _evidence = [];
    private readonly List<string> _texts = [];
    private readonly List<RecordingReason> _recordingReasons = [];
    private readonly List<SupportType> _support = [];
    private readonly List<RetractionReason> _retractionReasons = [];

    private bool TryRecord(ref Utf8JsonReader reader, out CrimeRecord? value)
    {
        value = null;
        string schemaVersion = null!, crimeRecordId = null!;
        string? rulesEdition = null;
        Force? force = null;
        OwningUnit? unit = null;
        Incident? incident = null;
        RecordingDecision? decision = null;
        Cancellation? cancellation = null;
        IReadOnlyList<ClassificationEntry> classifications = [];
        IReadOnlyList<AviItem> avi = [];
        IReadOnlyList<Victim> victims = [];
        IReadOnlyList<Suspect> suspects = [];
        IReadOnlyList<Officer> officers = [];
        IReadOnlyList<VictimContact> contacts = [];
        IReadOnlyList<Statement> statements = [];
        IReadOnlyList<Outcome> outcomes = [];
        IReadOnlyList<Notification> notifications = [];
        IReadOnlyList<VictimFeedback> feedback = [];
        var seen = 0;
        int index;
        while ((index = Next(ref reader, RecordNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryRequiredString(ref reader, pooled: true, out schemaVersion),
                1 => TryRequiredString(ref reader, pooled: false, out crimeRecordId),
                2 => TryString(ref reader, nullable: true, pooled: true, out rulesEdition),
                3 => TryForce(ref reader, out force),
                4 => TryUnit(ref reader, out unit),
                5 => TryIncident(ref reader, out incident),
                6 => TryDecision(ref reader, out decision),
                7 => TryList(ref reader, _classifications, static (DirectRecordParser p, ref Utf8JsonReader r, out ClassificationEntry v) => p.TryClassification(ref r, out v), out classifications),
                8 => TryCancellation(ref reader, out cancellation),
                9 => TryList(ref reader, _aviItems, static (DirectRecordParser p, ref Utf8JsonReader r, out AviItem v) => p.TryAviItem(ref r, out v), out avi),
                10 => TryList(ref reader, _victims, static (DirectRecordParser p, ref Utf8JsonReader r, out Victim v) => p.TryVictim(ref r, out v), out victims),
                11 => TryList(ref reader, _suspects, static (DirectRecordParser p, ref Utf8JsonReader r, out Suspect v) => p.TrySuspect(ref r, out v), out suspects),
                12 => TryList(ref reader, _officers, static (DirectRecordParser p, ref Utf8JsonReader r, out Officer v) => p.TryOfficer(ref r, out v), out officers),
                13 => TryList(ref reader, _contacts, static (DirectRecordParser p, ref Utf8JsonReader r, out VictimContact v) => p.TryContact(ref r, out v), out contacts),
                14 => TryList(ref reader, _statements, static (DirectRecordParser p, ref Utf8JsonReader r, out Statement v) => p.TryStatement(ref r, out v), out statements),
                15 => TryList(ref reader, _outcomes, static (DirectRecordParser p, ref Utf8JsonReader r, out Outcome v) => p.TryOutcome(ref r, out v), out outcomes),
                16 => TryList(ref reader, _notifications, static (DirectRecordParser p, ref Utf8JsonReader r, out Notification v) => TryNotification(ref r, out v), out notifications),
                17 => TryList(ref reader, _feedback, static (DirectRecordParser p, ref Utf8JsonReader r, out VictimFeedback v) => TryFeedback(ref r, out v), out feedback),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (index != -1)
        {
            return false;
        }

        value = new CrimeRecord
        {
            SchemaVersion = schemaVersion,
            CrimeRecordId = crimeRecordId,
            RulesEdition = rulesEdition,
            Force = force,
            OwningUnit = unit,
            Incident = incident!,
            RecordingDecision = decision,
            ClassificationHistory = classifications,
            Cancellation = cancellation,
            AdditionalVerifiableInformation = avi,
            Victims = victims,
            Suspects = suspects,
            Officers = officers,
            VictimContacts = contacts,
            Statements = statements,
            Outcomes = outcomes,
            Notifications = notifications,
            VictimFeedback = feedback,
        };
        return true;
    }

    private bool TryForce(ref Utf8JsonReader reader, out Force? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return reader.TokenType == JsonTokenType.Null;
        }

        string code = null!;
        string? name = null;
        var seen = 0;
        int index;
        while ((index = Next(ref reader, ForceNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryRequiredString(ref reader, pooled: true, out code),
                _ => TryString(ref reader, nullable: true, pooled: true, out name),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1 ? new Force { Code = code, Name = name } : null;
        return value is not null;
    }

    private bool TryUnit(ref Utf8JsonReader reader, out OwningUnit? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return reader.TokenType == JsonTokenType.Null;
        }

        string unitId = null!;
        string? unitType = null, area = null;
        var seen = 0;
        int index;
        while ((index = Next(ref reader, UnitNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryRequiredString(ref reader, pooled: true, out unitId),
                1 => TryString(ref reader, nullable: true, pooled: true, out unitType),
                _ => TryString(ref reader, nullable: true, pooled: true, out area),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1 ? new OwningUnit { UnitId = unitId, UnitType = unitType, Area = area } : null;
        return value is not null;
    }

    private bool TryIncident(ref Utf8JsonReader reader, out Incident? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? incidentId = null;
        DateTimeOffset? received = null;
        ReportChannel? channel = null;
        ReporterType? reporter = null;
        AllegationType? allegation = null;
        var seen = 0;
        int index;
        while ((index = Next(ref reader, IncidentNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryString(ref reader, nullable: true, pooled: false, out incidentId),
                1 => TryTimestamp(ref reader, nullable: false, out received),
                2 => TryEnum(ref reader, nullable: true, out channel),
                3 => TryEnum(ref reader, nullable: true, out reporter),
                _ => TryEnum(ref reader, nullable: true, out allegation),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1
            ? new Incident { IncidentId = incidentId, ReportReceivedAt = received!.Value, Channel = channel, ReporterType = reporter, AllegationType = allegation }
            : null;
        return value is not null;
    }

    private bool TryDecision(ref Utf8JsonReader reader, out RecordingDecision? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return reader.TokenType == JsonTokenType.Null;
        }

        RecordingOutcome? outcome = null;
        int? subCode = null;
        DateTimeOffset? decidedAt = null;
        string? decidedBy = null, rationale = null, transferredTo = null;
        IReadOnlyList<RecordingReason> reasons = [];
        IReadOnlyList<EvidenceItem> evidence = [];
        var seen = 0;
        int index;
        while ((index = Next(ref reader, DecisionNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryEnum(ref reader, nullable: true, out outcome),
                1 => TryInt(ref reader, nullable: true, out subCode),
                2 => TryTimestamp(ref reader, nullable: true, out decidedAt),
                3 => TryString(ref reader, nullable: true, pooled: true, out decidedBy),
                4 => TryList(ref reader, _recordingReasons, static (DirectRecordParser p, ref Utf8JsonReader r, out RecordingReason v) => TryEnumElement(ref r, out v), out reasons),
                5 => TryString(ref reader, nullable: true, pooled: false, out rationale),
                6 => TryList(ref reader, _evidence, static (DirectRecordParser p, ref Utf8JsonReader r, out EvidenceItem v) => p.TryEvidence(ref r, out v), out evidence),
                _ => TryString(ref reader, nullable: true, pooled: true, out transferredTo),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1
            ? new RecordingDecision
            {
                Outcome = outcome,
                N100SubCode = subCode,
                DecidedAt = decidedAt,
                DecidedByOfficerRef = decidedBy,
                ReasonCodes = reasons,
                RationaleText = rationale,
                CredibleEvidenceToContrary = evidence,
                TransferredToForce = transferredTo,
            }
            : null;
        return value is not null;
    }

    private bool TryEvidence(ref Utf8JsonReader reader, out EvidenceItem value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        AviType? type = null;
        string? summary = null, exhibit = null;
        var seen = 0;
        int index;
        while ((index = Next(ref reader, EvidenceNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryEnum(ref reader, nullable: false, out type),
                1 => TryString(ref reader, nullable: true, pooled: false, out summary),
                _ => TryString(ref reader, nullable: true, pooled: false, out exhibit),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1 ? new EvidenceItem { Type = type!.Value, Summary = summary, ExhibitRef = exhibit } : null!;
        return value is not null;
    }

    private bool TryCancellation(ref Utf8JsonReader reader, out Cancellation? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return reader.TokenType == JsonTokenType.Null;
        }

        CancellationCode? code = null;
        CancellationErrorType? errorType = null;
        string? requestedBy = null, authorisedBy = null, rationale = null, transferredTo = null, receivingReference = null, duplicateOf = null;
        DateTimeOffset? requestedAt = null, authorisedAt = null;
        IReadOnlyList<string> aviRefs = [];
        var seen = 0;
        int index;
        while ((index = Next(ref reader, CancellationNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryEnum(ref reader, nullable: true, out code),
                1 => TryString(ref reader, nullable: true, pooled: true, out requestedBy),
                2 => TryTimestamp(ref reader, nullable: true, out requestedAt),
                3 => TryString(ref reader, nullable: true, pooled: true, out authorisedBy),
                4 => TryTimestamp(ref reader, nullable: true, out authorisedAt),
                5 => TryString(ref reader, nullable: true, pooled: false, out rationale),
                6 => TryList(ref reader, _texts, static (DirectRecordParser p, ref Utf8JsonReader r, out string v) => p.TryRequiredString(ref r, pooled: true, out v), out aviRefs),
                7 => TryString(ref reader, nullable: true, pooled: true, out transferredTo),
                8 => TryString(ref reader, nullable: true, pooled: false, out receivingReference),
                9 => TryString(ref reader, nullable: true, pooled: false, out duplicateOf),
                _ => TryEnum(ref reader, nullable: true, out errorType),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1
            ? new Cancellation
            {
                Code = code,
                RequestedByOfficerRef = requestedBy,
                RequestedAt = requestedAt,
                AuthorisedByOfficerRef = authorisedBy,
                AuthorisedAt = authorisedAt,
                RationaleText = rationale,
                AviRefs = aviRefs,
                TransferredToForce = transferredTo,
                ReceivingForceReference = receivingReference,
                DuplicateOfCrimeRecordId = duplicateOf,
                ErrorType = errorType,
            }
            : null;
        return value is not null;
    }

    private static bool TryEnumElement<TEnum>(ref Utf8JsonReader reader, out TEnum value)
        where TEnum : struct, Enum
    {
        var ok = TryEnum<TEnum>(ref reader, nullable: false, out var code);
        value = code.GetValueOrDefault();
        return ok;
    }
}
