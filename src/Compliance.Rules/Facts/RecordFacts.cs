using Compliance.Rules.Records;
using Compliance.Rules.Timelines;

namespace Compliance.Rules.Facts;

/// <summary>
/// The fact every record rule sees: one record at one as-of time, with the derived notions of
/// the catalog's shared definitions computed once. Its public members are the vocabulary of rule
/// conditions (docs/rule-packs.md). Evaluation never reads the clock: <see cref="AsOf"/> is an input.
/// Every member is null-safe: an absent fact gives null, false or an empty list, never an exception.
/// </summary>
public sealed class RecordFacts
{
    private readonly RulePackContext _context;
    private readonly FactsParameters _parameters;
    private readonly ClassificationTimeline _timeline;
    private readonly bool _enhancedRights;
    private readonly CountingRulesEntry? _pinnedCountingRules;

    // Derived lists and times that only some rules need are computed on first use: most records are
    // not sexual offences, have no statements, and so on. Computing twice on a race gives the same value.
    private IReadOnlyList<Statement>? _victimStatements;
    private DateTimeOffset? _firstSpecialistContactAt;
    private bool _firstSpecialistContactKnown;
    private NoticeMemo? _lastNotice;

    // Built on first use, like the lists above: most records are never asked about an officer or an AVI
    // item, and the two indexes were about 130 bytes a record (allocation profile, 200 000 records).
    private OfficerDirectory? _officers;
    private AviIndex? _avi;

    /// <summary>
    /// Which rules stopped at their timeline, in-force or applicability condition while the engine's
    /// network evaluated this record, by rule position (0: none did; otherwise the status + 1).
    /// Written by the network's conditions themselves, so that coverage needs no second pass.
    /// </summary>
    internal byte[]? UnmetRules { get; set; }

    /// <summary>Builds the facts of a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The as-of instant of the evaluation run.</param>
    /// <param name="context">The pack's context.</param>
    internal RecordFacts(CrimeRecord record, DateTimeOffset asOf, RulePackContext context)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(context);
        Record = record;
        AsOf = asOf;
        _context = context;
        _parameters = FactsParameters.For(context);
        _timeline = new ClassificationTimeline(record.ClassificationHistory ?? []);
        if (record.RulesEdition is { } edition)
        {
            _pinnedCountingRules = context.Timelines.FindCountingRules(edition);
            UnknownRulesEdition = _pinnedCountingRules is null ? edition : null;
        }

        InitialCode = _timeline.Initial?.HomeOfficeCode;
        CurrentCode = _timeline.Current?.HomeOfficeCode;
        InitialGroup = GroupOf(InitialCode);
        CurrentGroup = GroupOf(CurrentCode);
        var allegation = record.Incident?.AllegationType;
        var (sexualGroup, rapeGroup) = HistoryGroupsIn(_parameters.SexualOffenceGroups, _parameters.RapeGroups);
        IsSexualOffenceRecord = sexualGroup
            || (allegation is { } a && _parameters.SexualOffenceAllegationTypes.Contains(a));
        IsRapeRecord = rapeGroup
            || (allegation is { } r && _parameters.RapeAllegationTypes.Contains(r));

        var victims = ArrayOf(record.Victims);
        HasVictim = victims.Length > 0;
        for (var i = 0; i < victims.Length; i++)
        {
            if (victims[i]?.EnhancedRightsEligible == true)
            {
                _enhancedRights = true;
                break;
            }
        }

        var outcomes = ArrayOf(record.Outcomes);
        for (var i = 0; i < outcomes.Length; i++)
        {
            var outcome = outcomes[i];
            if (outcome is not null && outcome.OutcomeType != 0 && (FirstOutcomeAt is not { } first || outcome.AssignedAt < first))
            {
                FirstOutcomeAt = outcome.AssignedAt;
            }
        }
    }

    /// <summary>The record.</summary>
    public CrimeRecord Record { get; }

    /// <summary>The as-of instant.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>
    /// The instant that governs a cancellation: its <c>requestedAt</c>, else its <c>authorisedAt</c>, else the
    /// report; null without a cancellation.
    /// </summary>
    public DateTimeOffset? CancellationInstant =>
        Record.Cancellation is { } c ? c.RequestedAt ?? c.AuthorisedAt ?? Record.Incident?.ReportReceivedAt : null;

    /// <summary>The record's <c>rulesEdition</c> when the pack knows no counting-rules entry by that id or alias; else null.</summary>
    internal string? UnknownRulesEdition { get; }

    /// <summary>
    /// Whether a classification of the record has a Home Office code with no number part, or whose class is not in
    /// the pack's <c>knownOffenceCodes</c> (a code in group OTHER is not unmatched for that alone).
    /// </summary>
    internal bool HasUnmatchedOffenceCode
    {
        get
        {
            var entries = _timeline.Span;
            for (var i = 0; i < entries.Length; i++)
            {
                if (entries[i].HomeOfficeCode is { } code && !_parameters.KnownOffenceClasses.Contains(OffenceGroupTable.ClassOf(code)) && !_parameters.KnownWholeCodes.Contains(code.Trim()))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Timelines of the pack (for the engine's checks of a rule's governing instant).</summary>
    internal TimelineSet Timelines => _context.Timelines;

    /// <summary>Home Office code of the history entry with the lowest <c>seq</c> (null without history).</summary>
    public string? InitialCode { get; }

    /// <summary>Home Office code of the history entry with the highest <c>seq</c> (null without history).</summary>
    public string? CurrentCode { get; }

    /// <summary>Offence group of <see cref="InitialCode"/> (null without history).</summary>
    public string? InitialGroup { get; }

    /// <summary>Offence group of <see cref="CurrentCode"/> (null without history).</summary>
    public string? CurrentGroup { get; }

    /// <summary>The classification history in <c>seq</c> order.</summary>
    public IReadOnlyList<ClassificationEntry> History => _timeline.Entries;

    /// <summary>Any history entry in a sexual-offence group, or a sexual allegation type.</summary>
    [ReadsParameters("sexualOffenceGroups", "sexualOffenceAllegationTypes")]
    public bool IsSexualOffenceRecord { get; }

    /// <summary>Any history entry in a rape group, or a rape or attempted-rape allegation.</summary>
    [ReadsParameters("rapeGroups", "rapeAllegationTypes")]
    public bool IsRapeRecord { get; }

    /// <summary>The record has at least one victim.</summary>
    public bool HasVictim { get; }

    /// <summary>The earliest victim contact made by an officer who was a specialist at that time; null if none.</summary>
    [ReadsParameters("specialistAccreditations")]
    public DateTimeOffset? FirstSpecialistContactAt
    {
        get
        {
            if (!Volatile.Read(ref _firstSpecialistContactKnown))
            {
                _firstSpecialistContactAt = EarliestSpecialistContact();
                Volatile.Write(ref _firstSpecialistContactKnown, true);
            }

            return _firstSpecialistContactAt;
        }
    }

    /// <summary>Every statement whose type is not <c>WITNESS</c>, whoever initiated it, by time taken.</summary>
    public IReadOnlyList<Statement> VictimStatements => _victimStatements ??= StatementsOfVictims();

    /// <summary>The <c>assignedAt</c> of the earliest outcome other than 0; null if none.</summary>
    public DateTimeOffset? FirstOutcomeAt { get; }

    /// <summary>The offence group of a Home Office code (null for a null code).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The group.</returns>
    public string? GroupOf(string? code) => _context.OffenceGroups.GroupOf(code);

    /// <summary>Whether a group is one of the serious groups (the <c>seriousGroups</c> parameter).</summary>
    /// <param name="group">The group.</param>
    /// <returns>False for null.</returns>
    [ReadsParameters("seriousGroups")]
    public bool IsSeriousGroup(string? group) => group is not null && _parameters.SeriousGroups.Contains(group);

    /// <summary>The history entry before <paramref name="entry"/> by <c>seq</c>; null for the first entry.</summary>
    /// <param name="entry">An entry of <see cref="History"/>.</param>
    /// <returns>The previous entry.</returns>
    public ClassificationEntry? PreviousEntry(ClassificationEntry? entry) => _timeline.Previous(entry);

    /// <summary>Whether the officer holds a specialist accreditation (<c>specialistAccreditations</c>: STO, SOIT) valid at the London date of <paramref name="t"/>.</summary>
    /// <param name="officerRef">The officer.</param>
    /// <param name="t">The instant.</param>
    /// <returns>False when the officer or the time is unknown.</returns>
    [ReadsParameters("specialistAccreditations")]
    public bool IsSpecialistAt(string? officerRef, DateTimeOffset? t) =>
        Officers.HoldsAt(officerRef, t, _parameters.SpecialistAccreditations);

    /// <summary>Whether the officer holds any of <paramref name="types"/> valid at the London date of <paramref name="t"/>.</summary>
    /// <param name="officerRef">The officer.</param>
    /// <param name="t">The instant.</param>
    /// <param name="types">The accreditation types.</param>
    /// <returns>False when the officer or the time is unknown.</returns>
    public bool HoldsAccreditationAt(string? officerRef, DateTimeOffset? t, IEnumerable<AccreditationType>? types) =>
        Officers.HoldsAt(officerRef, t, types);

    /// <summary>The officer's <c>unitId</c>; null when the officer is unknown.</summary>
    /// <param name="officerRef">The officer.</param>
    /// <returns>The unit.</returns>
    public string? OfficerUnit(string? officerRef) => Officers.Find(officerRef)?.UnitId;

    /// <summary>The officer's role; null when the officer or the role is unknown.</summary>
    /// <param name="officerRef">The officer.</param>
    /// <returns>The role.</returns>
    public OfficerRole? OfficerRoleOf(string? officerRef) => Officers.Find(officerRef)?.Role;

    /// <summary>
    /// Whether an AVI reference names a qualifying item for a decision requested by <paramref name="requester"/>:
    /// a verifiable type (<c>verifiableAviTypes</c>), obtained after the recording decision when that is known,
    /// verified by an officer other than the requester.
    /// </summary>
    /// <param name="aviRef">The reference.</param>
    /// <param name="requester">The decision's requester.</param>
    /// <returns>False when the reference names nothing.</returns>
    [ReadsParameters("verifiableAviTypes")]
    public bool IsQualifyingAvi(string? aviRef, string? requester)
    {
        if (Avi.Find(aviRef) is not { } item || !_parameters.VerifiableAviTypes.Contains(item.Type))
        {
            return false;
        }

        if (Record.RecordingDecision?.DecidedAt is { } decidedAt && item.ObtainedAt <= decidedAt)
        {
            return false;
        }

        return !string.IsNullOrWhiteSpace(item.VerifiedByOfficerRef)
            && !string.Equals(item.VerifiedByOfficerRef, requester, StringComparison.Ordinal);
    }

    /// <summary>Whether any of the references names a qualifying AVI item (see <see cref="IsQualifyingAvi"/>).</summary>
    /// <param name="aviRefs">The decision's references.</param>
    /// <param name="requester">The decision's requester.</param>
    /// <returns>False for no references.</returns>
    [ReadsParameters("verifiableAviTypes")]
    public bool HasQualifyingAvi(IEnumerable<string>? aviRefs, string? requester)
    {
        if (aviRefs is null)
        {
            return false;
        }

        foreach (var aviRef in aviRefs)
        {
            if (IsQualifyingAvi(aviRef, requester))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The AVI items the references resolve to (each once, in reference order); references that name nothing are left out.</summary>
    /// <param name="aviRefs">The references.</param>
    /// <returns>The items.</returns>
    public IReadOnlyList<AviItem> ResolvedAvi(IEnumerable<string>? aviRefs) => Avi.Resolve(aviRefs);

    /// <summary>Whether an AVI type is never sufficient grounds (<c>insufficientGroundsAviTypes</c>).</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for an insufficient type.</returns>
    [ReadsParameters("insufficientGroundsAviTypes")]
    public bool IsInsufficientGrounds(AviType type) => _parameters.InsufficientGroundsAviTypes.Contains(type);

    /// <summary>
    /// Whether the officer is one of the investigating officers of a decision: anyone who made a victim
    /// contact or took a statement, and the decision's requester.
    /// </summary>
    /// <param name="officerRef">The officer.</param>
    /// <param name="requester">The decision's requester.</param>
    /// <returns>False for a null officer.</returns>
    public bool IsInvestigatingOfficer(string? officerRef, string? requester)
    {
        if (officerRef is null)
        {
            return false;
        }

        if (string.Equals(officerRef, requester, StringComparison.Ordinal))
        {
            return true;
        }

        // A record has a handful of contacts and statements: a scan beats building a set per record.
        foreach (var contact in Record.VictimContacts ?? [])
        {
            if (string.Equals(contact?.OfficerRef, officerRef, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var statement in Record.Statements ?? [])
        {
            if (string.Equals(statement?.TakenByOfficerRef, officerRef, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a text is placeholder text: null, empty, whitespace, or (trimmed, case-insensitive) one of <c>placeholderTexts</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True for placeholder text.</returns>
    [ReadsParameters("placeholderTexts")]
    public bool IsPlaceholder(string? text) =>
        string.IsNullOrWhiteSpace(text) || _parameters.PlaceholderTexts.Contains(text.Trim());

    /// <summary>
    /// The counting-rules entry in force at <paramref name="t"/>, or the one the record's <c>rulesEdition</c>
    /// names (by id or alias), whatever the instant. Null when <paramref name="t"/> is null (and nothing is
    /// pinned) or before the first entry.
    /// </summary>
    /// <param name="t">The instant (the rule's governing instant).</param>
    /// <returns>The entry.</returns>
    /// <exception cref="UnknownRulesEditionException">The record names an edition the pack does not have: never replaced silently.</exception>
    public CountingRulesEntry? CountingRulesAt(DateTimeOffset? t)
    {
        if (UnknownRulesEdition is { } unknown)
        {
            throw new UnknownRulesEditionException(unknown);
        }

        return _pinnedCountingRules ?? (t is { } instant ? _context.Timelines.CountingRules.At(instant) : null);
    }

    /// <summary>The outcomes entry in force at <paramref name="t"/> (an outcome's own <c>assignedAt</c>); null when t is null or before the first entry.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>The entry.</returns>
    public OutcomesEntry? OutcomesAt(DateTimeOffset? t) => t is { } instant ? _context.Timelines.Outcomes.At(instant) : null;

    /// <summary>The Victims' Code entry in force at <paramref name="t"/>; null when t is null or before the first entry.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>The entry.</returns>
    public VictimsCodeEntry? VictimsCodeAt(DateTimeOffset? t) => t is { } instant ? _context.Timelines.VictimsCode.At(instant) : null;

    /// <summary>The right-to-review entry in force at <paramref name="t"/>; null when t is null or before the first entry.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>The entry.</returns>
    public RightToReviewEntry? RightToReviewAt(DateTimeOffset? t) => t is { } instant ? _context.Timelines.RightToReview.At(instant) : null;

    /// <summary>
    /// Whether the officer may authorise a cancellation under a counting-rules entry: holds one of its accepted
    /// accreditations valid at <paramref name="t"/>, or has one of its accepted roles — the serious-group
    /// authority when <paramref name="seriousGroup"/> is true, else the other-group authority.
    /// </summary>
    /// <param name="officerRef">The authoriser.</param>
    /// <param name="t">When the authority must hold (the authorisation).</param>
    /// <param name="seriousGroup">Whether the record is in a serious group (e.g. <c>IsSeriousGroup(CurrentGroup)</c>).</param>
    /// <param name="entry">The counting-rules entry at the rule's governing instant.</param>
    /// <returns>False for an unknown officer or a null entry.</returns>
    public bool HasCancellationAuthority(string? officerRef, DateTimeOffset? t, bool seriousGroup, CountingRulesEntry? entry)
    {
        if (entry is null || Officers.Find(officerRef) is not { } officer)
        {
            return false;
        }

        var authority = seriousGroup ? entry.SeriousGroupAuthority : entry.OtherGroupAuthority;
        return (officer.Role is { } role && authority.Roles.Contains(role)) || Officers.HoldsAt(officerRef, t, authority.Accreditations);
    }

    /// <summary>
    /// <c>wd(t, n)</c> with n the decision-notice days of the Victims' Code in force at <paramref name="t"/>
    /// (<c>enhancedDecisionNoticeWorkingDays</c> when any victim is enhanced-rights eligible, else
    /// <c>decisionNoticeWorkingDays</c>); null when t is null, the record has no victim, or no Code was in force.
    /// </summary>
    /// <param name="t">The decision time.</param>
    /// <returns>The deadline.</returns>
    [ReadsParameters("extraBankHolidays")]
    public DateTimeOffset? NoticeDeadline(DateTimeOffset? t)
    {
        if (!HasVictim || t is null || VictimsCodeAt(t) is not { } code)
        {
            return null;
        }

        // Rules ask for the deadline of the same decision again and again (once per notification
        // in a quantifier); the calendar walk is worth remembering for the last instant asked.
        if (_lastNotice is not { } memo || memo.Decision != t)
        {
            var days = _enhancedRights ? code.EnhancedDecisionNoticeWorkingDays : code.DecisionNoticeWorkingDays;
            _lastNotice = memo = new NoticeMemo(t.Value, WorkingDayDeadline(t, days));
        }

        return memo.Deadline;
    }

    /// <summary>
    /// <c>wd(decidedAt, n)</c> with n the crime-reference days (<c>crimeReferenceWorkingDays</c>) of the Victims'
    /// Code in force at the report, whatever the victim's rights; null when the Code then gave no such entitlement,
    /// or the record has no victim or no decision time.
    /// </summary>
    /// <param name="decidedAt">When the crime was recorded.</param>
    /// <returns>The deadline.</returns>
    [ReadsParameters("extraBankHolidays")]
    public DateTimeOffset? CrimeReferenceDeadline(DateTimeOffset? decidedAt) =>
        HasVictim && VictimsCodeAt(Record.Incident?.ReportReceivedAt)?.CrimeReferenceWorkingDays is { } days
            ? WorkingDayDeadline(decidedAt, days)
            : null;

    /// <summary>The end (23:59:59 Europe/London) of the n-th working day after the London date of <paramref name="t"/>; null when <paramref name="t"/> or n is null, or n is negative.</summary>
    /// <param name="t">The instant.</param>
    /// <param name="n">Working days.</param>
    /// <returns>The deadline.</returns>
    [ReadsParameters("extraBankHolidays")]
    public DateTimeOffset? WorkingDayDeadline(DateTimeOffset? t, int? n) =>
        t is { } instant && n is >= 0 ? _context.Calendar.WorkingDayDeadline(instant, n.Value) : null;

    /// <summary>A duration of <paramref name="n"/> hours.</summary>
    /// <param name="n">Hours.</param>
    /// <returns>The duration.</returns>
    public TimeSpan Hours(double n) => TimeSpan.FromHours(n);

    /// <summary>A duration of <paramref name="n"/> days of 24 hours.</summary>
    /// <param name="n">Days.</param>
    /// <returns>The duration.</returns>
    public TimeSpan Days(double n) => TimeSpan.FromHours(n * 24);

    /// <summary>Whether a statement is a retraction or withdrawal of support (<c>retractionStatementTypes</c>).</summary>
    /// <param name="s">The statement.</param>
    /// <returns>False for null.</returns>
    [ReadsParameters("retractionStatementTypes")]
    public bool IsRetractionStatement(Statement? s) => s is not null && _parameters.RetractionStatementTypes.Contains(s.Type);

    /// <summary>The latest of <see cref="VictimStatements"/> taken strictly before <paramref name="t"/>; null if none or <paramref name="t"/> is null.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>The statement.</returns>
    public Statement? LatestVictimStatementBefore(DateTimeOffset? t)
    {
        if (t is not { } instant)
        {
            return null;
        }

        var statements = VictimStatements;
        for (var i = statements.Count - 1; i >= 0; i--)
        {
            if (statements[i].TakenAt < instant)
            {
                return statements[i];
            }
        }

        return null;
    }

    /// <summary>Whether any history entry's group is in <paramref name="first"/>, and whether any is in <paramref name="second"/>: each entry's group worked out once.</summary>
    private (bool First, bool Second) HistoryGroupsIn(HashSet<string> first, HashSet<string> second)
    {
        var entries = _timeline.Span;
        bool inFirst = false, inSecond = false;
        for (var i = 0; i < entries.Length && !(inFirst && inSecond); i++)
        {
            if (GroupOf(entries[i].HomeOfficeCode) is { } group)
            {
                inFirst |= first.Contains(group);
                inSecond |= second.Contains(group);
            }
        }

        return (inFirst, inSecond);
    }

    /// <summary>A record's list as an array: the reader's own (its lists are arrays), else a copy; empty for null.</summary>
    private static T?[] ArrayOf<T>(IReadOnlyList<T?>? list)
        where T : class =>
        list switch
        {
            null => [],
            T?[] array => array,
            _ => [.. list],
        };

    private OfficerDirectory Officers => _officers ??= new OfficerDirectory(Record.Officers ?? []);

    private AviIndex Avi => _avi ??= new AviIndex(Record.AdditionalVerifiableInformation ?? []);

    private DateTimeOffset? EarliestSpecialistContact()
    {
        DateTimeOffset? earliest = null;
        foreach (var contact in Record.VictimContacts ?? [])
        {
            if (contact is not null && (earliest is not { } e || contact.At < e) && IsSpecialistAt(contact.OfficerRef, contact.At))
            {
                earliest = contact.At;
            }
        }

        return earliest;
    }

    private Statement[] StatementsOfVictims() =>
        [.. (Record.Statements ?? []).OfType<Statement>().Where(s => s.Type != StatementType.Witness).OrderBy(s => s.TakenAt)];

    /// <summary>The deadline last computed, with the instant it was computed for (one object, so a reader on another thread sees a consistent pair).</summary>
    private sealed record NoticeMemo(DateTimeOffset Decision, DateTimeOffset? Deadline);
}
