using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

// The elements of the record's lists.
internal sealed partial class DirectRecordParser
{
    private static readonly PropertyNames ClassificationNames = new(
        ["seq", "effectiveAt", "changeType", "homeOfficeCode", "previousHomeOfficeCode", "reasonCode", "justificationText", "aviRefs",
         "requestedByOfficerRef", "authorisedByOfficerRef", "authorisedAt"],
        "seq", "effectiveAt", "changeType", "homeOfficeCode");

    private static readonly PropertyNames AviNames = new(
        ["aviId", "type", "obtainedAt", "obtainedByOfficerRef", "verifiedByOfficerRef", "summary", "exhibitRef"], "aviId", "type", "obtainedAt");

    private static readonly PropertyNames VictimNames = new(["personRef", "ageAtOffence", "enhancedRightsEligible", "vulnerabilityFlags"], "personRef", "enhancedRightsEligible");
    private static readonly PropertyNames SuspectNames = new(["personRef", "identified", "arrestedAt", "interviewedUnderCautionAt"], "personRef", "identified");
    private static readonly PropertyNames OfficerNames = new(["officerRef", "rank", "role", "unitId", "accreditations"], "officerRef");
    private static readonly PropertyNames AccreditationNames = new(["type", "validFrom", "validTo"], "type", "validFrom");

    private static readonly PropertyNames ContactNames = new(
        ["contactId", "at", "officerRef", "questioningDepth", "purposeCode", "durationMinutes"], "contactId", "at", "officerRef", "questioningDepth", "purposeCode");

    private static readonly PropertyNames StatementNames = new(
        ["statementId", "type", "takenAt", "takenByOfficerRef", "initiatedBy", "supportPresent", "contentFlags"], "statementId", "type", "takenAt", "takenByOfficerRef", "initiatedBy");

    private static readonly PropertyNames ContentFlagNames = new(["assertsEventDidNotHappen", "reasonsGiven", "pressureOrIntimidationExplored"]);

    private static readonly PropertyNames OutcomeNames = new(
        ["outcomeType", "assignedAt", "assignedByOfficerRef", "victimDecisionEvidenceRef", "cpsDecisionRef", "supersededAt"], "outcomeType", "assignedAt");

    private static readonly PropertyNames NotificationNames = new(["type", "sentAt", "channel", "explanationGiven"], "type");
    private static readonly PropertyNames FeedbackNames = new(["type", "offeredAt", "completedAt"], "type", "offeredAt");

    private bool TryClassification(ref Utf8JsonReader reader, out ClassificationEntry value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        int? seq = null;
        DateTimeOffset? effectiveAt = null, authorisedAt = null;
        ChangeType? changeType = null;
        ClassificationReason? reason = null;
        string homeOfficeCode = null!;
        string? previous = null, justification = null, requestedBy = null, authorisedBy = null;
        IReadOnlyList<string> aviRefs = [];
        var seen = 0;
        int index;
        while ((index = Next(ref reader, ClassificationNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryInt(ref reader, nullable: false, out seq),
                1 => TryTimestamp(ref reader, nullable: false, out effectiveAt),
                2 => TryEnum(ref reader, nullable: false, out changeType),
                3 => TryRequiredString(ref reader, pooled: true, out homeOfficeCode),
                4 => TryString(ref reader, nullable: true, pooled: true, out previous),
                5 => TryEnum(ref reader, nullable: true, out reason),
                6 => TryString(ref reader, nullable: true, pooled: false, out justification),
                7 => TryList(ref reader, _texts, static (DirectRecordParser p, ref Utf8JsonReader r, out string v) => p.TryRequiredString(ref r, pooled: true, out v), out aviRefs),
                8 => TryString(ref reader, nullable: true, pooled: true, out requestedBy),
                9 => TryString(ref reader, nullable: true, pooled: true, out authorisedBy),
                _ => TryTimestamp(ref reader, nullable: true, out authorisedAt),
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

        value = new ClassificationEntry
        {
            Seq = seq!.Value,
            EffectiveAt = effectiveAt!.Value,
            ChangeType = changeType!.Value,
            HomeOfficeCode = homeOfficeCode,
            PreviousHomeOfficeCode = previous,
            ReasonCode = reason,
            JustificationText = justification,
            AviRefs = aviRefs,
            RequestedByOfficerRef = requestedBy,
            AuthorisedByOfficerRef = authorisedBy,
            AuthorisedAt = authorisedAt,
        };
        return true;
    }

    private bool TryAviItem(ref Utf8JsonReader reader, out AviItem value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string aviId = null!;
        AviType? type = null;
        DateTimeOffset? obtainedAt = null;
        string? obtainedBy = null, verifiedBy = null, summary = null, exhibit = null;
        var seen = 0;
        int index;
        while ((index = Next(ref reader, AviNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryRequiredString(ref reader, pooled: true, out aviId),
                1 => TryEnum(ref reader, nullable: false, out type),
                2 => TryTimestamp(ref reader, nullable: false, out obtainedAt),
                3 => TryString(ref reader, nullable: true, pooled: true, out obtainedBy),
                4 => TryString(ref reader, nullable: true, pooled: true, out verifiedBy),
                5 => TryString(ref reader, nullable: true, pooled: false, out summary),
                _ => TryString(ref reader, nullable: true, pooled: false, out exhibit),
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

        value = new AviItem
        {
            AviId = aviId,
            Type = type!.Value,
            ObtainedAt = obtainedAt!.Value,
            ObtainedByOfficerRef = obtainedBy,
            VerifiedByOfficerRef = verifiedBy,
            Summary = summary,
            ExhibitRef = exhibit,
        };
        return true;
    }

    private bool TryVictim(ref Utf8JsonReader reader, out Victim value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string personRef = null!;
        int? age = null;
        bool? enhanced = null;
        IReadOnlyList<string> flags = [];
        var seen = 0;
        int index;
        while ((index = Next(ref reader, VictimNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryRequiredString(ref reader, pooled: true, out personRef),
                1 => TryInt(ref reader, nullable: true, out age),
                2 => TryBool(ref reader, nullable: false, out enhanced),
                _ => TryList(ref reader, _texts, static (DirectRecordParser p, ref Utf8JsonReader r, out string v) => p.TryRequiredString(ref r, pooled: true, out v), out flags),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1 ? new Victim { PersonRef = personRef, AgeAtOffence = age, EnhancedRightsEligible = enhanced!.Value, VulnerabilityFlags = flags } : null!;
        return value is not null;
    }

    private bool TrySuspect(ref Utf8JsonReader reader, out Suspect value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string personRef = null!;
        bool? identified = null;
        DateTimeOffset? arrestedAt = null, interviewedAt = null;
        var seen = 0;
        int index;
        while ((index = Next(ref reader, SuspectNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryRequiredString(ref reader, pooled: true, out personRef),
                1 => TryBool(ref reader, nullable: false, out identified),
                2 => TryTimestamp(ref reader, nullable: true, out arrestedAt),
                _ => TryTimestamp(ref reader, nullable: true, out interviewedAt),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1 ? new Suspect { PersonRef = personRef, Identified = identified!.Value, ArrestedAt = arrestedAt, InterviewedUnderCautionAt = interviewedAt } : null!;
        return value is not null;
    }

    private bool TryOfficer(ref Utf8JsonReader reader, out Officer value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string officerRef = null!;
        string? rank = null, unitId = null;
        OfficerRole? role = null;
        IReadOnlyList<Accreditation> accreditations = [];
        var seen = 0;
        int index;
        while ((index = Next(ref reader, OfficerNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryRequiredString(ref reader, pooled: true, out officerRef),
                1 => TryString(ref reader, nullable: true, pooled: true, out rank),
                2 => TryEnum(ref reader, nullable: true, out role),
                3 => TryString(ref reader, nullable: true, pooled: true, out unitId),
                _ => TryList(ref reader, _accreditations, static (DirectRecordParser p, ref Utf8JsonReader r, out Accreditation v) => TryAccreditation(ref r, out v), out accreditations),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1 ? new Officer { OfficerRef = officerRef, Rank = rank, Role = role, UnitId = unitId, Accreditations = accreditations } : null!;
        return value is not null;
    }

    private static bool TryAccreditation(ref Utf8JsonReader reader, out Accreditation value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        AccreditationType? type = null;
        DateOnly? validFrom = null, validTo = null;
        var seen = 0;
        int index;
        while ((index = Next(ref reader, AccreditationNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryEnum(ref reader, nullable: false, out type),
                1 => TryDate(ref reader, nullable: false, out validFrom),
                _ => TryDate(ref reader, nullable: true, out validTo),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1 ? new Accreditation { Type = type!.Value, ValidFrom = validFrom!.Value, ValidTo = validTo } : null!;
        return value is not null;
    }

    private bool TryContact(ref Utf8JsonReader reader, out VictimContact value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string contactId = null!, officerRef = null!;
        DateTimeOffset? at = null;
        QuestioningDepth? depth = null;
        ContactPurpose? purpose = null;
        int? minutes = null;
        var seen = 0;
        int index;
        while ((index = Next(ref reader, ContactNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryRequiredString(ref reader, pooled: true, out contactId),
                1 => TryTimestamp(ref reader, nullable: false, out at),
                2 => TryRequiredString(ref reader, pooled: true, out officerRef),
                3 => TryEnum(ref reader, nullable: false, out depth),
                4 => TryEnum(ref reader, nullable: false, out purpose),
                _ => TryInt(ref reader, nullable: true, out minutes),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1
            ? new VictimContact { ContactId = contactId, At = at!.Value, OfficerRef = officerRef, QuestioningDepth = depth!.Value, PurposeCode = purpose!.Value, DurationMinutes = minutes }
            : null!;
        return value is not null;
    }

    private bool TryStatement(ref Utf8JsonReader reader, out Statement value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string statementId = null!, takenBy = null!;
        StatementType? type = null;
        DateTimeOffset? takenAt = null;
        StatementInitiator? initiatedBy = null;
        IReadOnlyList<SupportType> support = [];
        ContentFlags? flags = null;
        var seen = 0;
        int index;
        while ((index = Next(ref reader, StatementNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryRequiredString(ref reader, pooled: true, out statementId),
                1 => TryEnum(ref reader, nullable: false, out type),
                2 => TryTimestamp(ref reader, nullable: false, out takenAt),
                3 => TryRequiredString(ref reader, pooled: true, out takenBy),
                4 => TryEnum(ref reader, nullable: false, out initiatedBy),
                5 => TryList(ref reader, _support, static (DirectRecordParser p, ref Utf8JsonReader r, out SupportType v) => TryEnumElement(ref r, out v), out support),
                _ => TryContentFlags(ref reader, out flags),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1
            ? new Statement
            {
                StatementId = statementId,
                Type = type!.Value,
                TakenAt = takenAt!.Value,
                TakenByOfficerRef = takenBy,
                InitiatedBy = initiatedBy!.Value,
                SupportPresent = support,
                ContentFlags = flags,
            }
            : null!;
        return value is not null;
    }

    private bool TryContentFlags(ref Utf8JsonReader reader, out ContentFlags? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return reader.TokenType == JsonTokenType.Null;
        }

        bool? asserts = null, explored = null;
        IReadOnlyList<RetractionReason> reasons = [];
        var seen = 0;
        int index;
        while ((index = Next(ref reader, ContentFlagNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryBool(ref reader, nullable: true, out asserts),
                1 => TryList(ref reader, _retractionReasons, static (DirectRecordParser p, ref Utf8JsonReader r, out RetractionReason v) => TryEnumElement(ref r, out v), out reasons),
                _ => TryBool(ref reader, nullable: true, out explored),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1 ? new ContentFlags { AssertsEventDidNotHappen = asserts, ReasonsGiven = reasons, PressureOrIntimidationExplored = explored } : null;
        return value is not null;
    }

    private bool TryOutcome(ref Utf8JsonReader reader, out Outcome value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        int? type = null;
        DateTimeOffset? assignedAt = null, supersededAt = null;
        string? assignedBy = null, evidenceRef = null, cpsRef = null;
        var seen = 0;
        int index;
        while ((index = Next(ref reader, OutcomeNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryInt(ref reader, nullable: false, out type),
                1 => TryTimestamp(ref reader, nullable: false, out assignedAt),
                2 => TryString(ref reader, nullable: true, pooled: true, out assignedBy),
                3 => TryString(ref reader, nullable: true, pooled: true, out evidenceRef),
                4 => TryString(ref reader, nullable: true, pooled: false, out cpsRef),
                _ => TryTimestamp(ref reader, nullable: true, out supersededAt),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1
            ? new Outcome { OutcomeType = type!.Value, AssignedAt = assignedAt!.Value, AssignedByOfficerRef = assignedBy, VictimDecisionEvidenceRef = evidenceRef, CpsDecisionRef = cpsRef, SupersededAt = supersededAt }
            : null!;
        return value is not null;
    }

    private static bool TryNotification(ref Utf8JsonReader reader, out Notification value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        NotificationType? type = null;
        DateTimeOffset? sentAt = null;
        NotificationChannel? channel = null;
        bool? explained = null;
        var seen = 0;
        int index;
        while ((index = Next(ref reader, NotificationNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryEnum(ref reader, nullable: false, out type),
                1 => TryTimestamp(ref reader, nullable: true, out sentAt),
                2 => TryEnum(ref reader, nullable: true, out channel),
                _ => TryBool(ref reader, nullable: true, out explained),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1 ? new Notification { Type = type!.Value, SentAt = sentAt, Channel = channel, ExplanationGiven = explained } : null!;
        return value is not null;
    }

    private static bool TryFeedback(ref Utf8JsonReader reader, out VictimFeedback value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        FeedbackType? type = null;
        DateTimeOffset? offeredAt = null, completedAt = null;
        var seen = 0;
        int index;
        while ((index = Next(ref reader, FeedbackNames, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => TryEnum(ref reader, nullable: false, out type),
                1 => TryTimestamp(ref reader, nullable: false, out offeredAt),
                _ => TryTimestamp(ref reader, nullable: true, out completedAt),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = index == -1 ? new VictimFeedback { Type = type!.Value, OfferedAt = offeredAt!.Value, CompletedAt = completedAt } : null!;
        return value is not null;
    }
}
