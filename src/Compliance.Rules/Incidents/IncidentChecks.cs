using Compliance.Rules.Records;
using Compliance.Rules.Timelines;

namespace Compliance.Rules.Incidents;

/// <summary>
/// The built-in logic of INCIDENT-001…004. Each check returns a verdict with its evidence in a
/// fixed order (ids, codes and instants only: never a rationale or other free text).
/// </summary>
internal static class IncidentChecks
{
    /// <summary>
    /// INCIDENT-001: a closed crime-indicative incident with a disclosure, qualifier or code that
    /// nothing answers, or an incident still open <c>incidentOpenDays</c> after its first
    /// crime-indicative fact. Judged at the as-of with no recording limit: a review candidate.
    /// </summary>
    public static IncidentVerdict Unanswered(IncidentFacts facts, Answering answering, TimelineSet timelines)
    {
        if (!facts.IsCrimeIndicative)
        {
            return IncidentVerdict.NotApplicable;
        }

        var incident = facts.Incident;
        if (!facts.IsClosed)
        {
            var openLimit = facts.FirstIndicativeFact!.Value.AddDays(facts.Parameters.OpenDays);
            return facts.AsOf < openLimit
                ? IncidentVerdict.Passed
                : IncidentVerdict.Fired(
                [
                    ("reason", "OPEN"),
                    ("reviewCandidate", true),
                    ("firstIndicativeAt", facts.FirstIndicativeFact),
                    ("openDays", facts.Parameters.OpenDays),
                    ("disclosureIndexes", Array.Empty<int>()),
                    ("qualifiers", facts.IndicativeQualifiers),
                    ("codes", facts.IndicativeCodes),
                ]);
        }

        var unanswered = facts.IndicativeDisclosures
            .Where(i => answering.AnswerOf(i, timelines.CountingRules.At(incident.Disclosures[i].DisclosedAt)) is null)
            .ToArray();
        var factsUnanswered = facts.HasIndicativeCodeOrQualifier && answering.AnswerOfIncident() is null;
        if (unanswered.Length == 0 && !factsUnanswered)
        {
            return IncidentVerdict.Passed;
        }

        return IncidentVerdict.Fired(
        [
            ("reason", "UNANSWERED"),
            ("reviewCandidate", true),
            ("firstIndicativeAt", facts.FirstIndicativeFact),
            ("openDays", facts.Parameters.OpenDays),
            ("disclosureIndexes", unanswered),
            ("qualifiers", factsUnanswered ? facts.IndicativeQualifiers : []),
            ("codes", factsUnanswered ? facts.IndicativeCodes : []),
        ]);
    }

    /// <summary>INCIDENT-002: a RAPE- or OTHER_SEXUAL-group disclosure not answered within the recording limit of its day, once that limit has passed.</summary>
    public static IncidentVerdict SexualDisclosures(IncidentFacts facts, Answering answering, TimelineSet timelines) =>
        Disclosures(facts, answering, timelines, escalateRape: true, disclosure =>
            facts.Parameters.GroupOf(disclosure.AllegationType) is IncidentParameters.RapeGroup or IncidentParameters.OtherSexualGroup);

    /// <summary>
    /// INCIDENT-003: an offence outside the sexual groups disclosed in a statement or ABE interview,
    /// naming a victim, not answered within the recording limit. Needs person references shared
    /// between records and incidents (<c>sharedPersonRefs</c>); otherwise not applicable.
    /// </summary>
    public static IncidentVerdict LaterDisclosures(IncidentFacts facts, Answering answering, TimelineSet timelines)
    {
        if (!facts.Parameters.SharedPersonRefs)
        {
            return IncidentVerdict.NotApplicable;
        }

        return Disclosures(facts, answering, timelines, escalateRape: false, disclosure =>
            disclosure.Source is DisclosureSource.Statement or DisclosureSource.AbeInterview
            && disclosure.AllegationType != AllegationType.Other
            && disclosure.VictimPersonRef is not null
            && facts.Parameters.GroupOf(disclosure.AllegationType) is not (IncidentParameters.RapeGroup or IncidentParameters.OtherSexualGroup));
    }

    /// <summary>
    /// INCIDENT-004: a closed crime-indicative incident whose closure was not reviewed, at or after
    /// closure and within <c>incidentReviewDays</c>, by an officer other than the one who closed it.
    /// Judged once the review period has passed.
    /// </summary>
    public static IncidentVerdict Review(IncidentFacts facts)
    {
        if (!facts.IsClosed || !facts.IsCrimeIndicative)
        {
            return IncidentVerdict.NotApplicable;
        }

        var incident = facts.Incident;
        var closedAt = incident.ClosedAt!.Value;
        var deadline = closedAt.AddDays(facts.Parameters.ReviewDays);
        var problem = incident switch
        {
            { SupervisorReviewedAt: null } => "NO_REVIEW",
            { SupervisorReviewedAt: { } at } when at < closedAt => "BEFORE_CLOSURE",
            { SupervisorReviewedAt: { } at } when at > deadline => "AFTER_DEADLINE",
            { SupervisorReviewedByOfficerRef: null } => "NO_REVIEWER",
            { SupervisorReviewedByOfficerRef: { } reviewer } when reviewer == incident.ClosedByOfficerRef => "SAME_OFFICER",
            _ => null,
        };
        if (problem is null || facts.AsOf <= deadline)
        {
            return IncidentVerdict.Passed;
        }

        return IncidentVerdict.Fired(
        [
            ("problem", problem),
            ("closedAt", closedAt),
            ("reviewDays", facts.Parameters.ReviewDays),
            ("reviewDeadline", deadline),
            ("reviewedAt", incident.SupervisorReviewedAt),
        ]);
    }

    private static IncidentVerdict Disclosures(IncidentFacts facts, Answering answering, TimelineSet timelines, bool escalateRape, Func<Disclosure, bool> selects)
    {
        var disclosures = facts.Incident.Disclosures;
        var failing = new List<(int Index, CountingRulesEntry Entry, DateTimeOffset Deadline, DateTimeOffset? Answer)>();
        var selected = 0;
        var inForce = 0;
        for (var i = 0; i < disclosures.Count; i++)
        {
            if (!selects(disclosures[i]))
            {
                continue;
            }

            selected++;
            if (timelines.CountingRules.At(disclosures[i].DisclosedAt) is not { } entry)
            {
                continue;
            }

            inForce++;
            var deadline = disclosures[i].DisclosedAt.AddHours(entry.RecordingLimitHours);
            if (facts.AsOf <= deadline)
            {
                continue;
            }

            var answer = answering.AnswerOf(i, entry);
            if (answer is not { } at || at > deadline)
            {
                failing.Add((i, entry, deadline, answer));
            }
        }

        if (selected == 0)
        {
            return IncidentVerdict.NotApplicable;
        }

        if (inForce == 0)
        {
            return IncidentVerdict.NotInForce;
        }

        if (failing.Count == 0)
        {
            return IncidentVerdict.Passed;
        }

        // The finding leads with the most serious disclosure: a rape-group one, else the first.
        var lead = failing.FirstOrDefault(f => facts.Parameters.GroupOf(disclosures[f.Index].AllegationType) == IncidentParameters.RapeGroup);
        var escalate = escalateRape && lead.Entry is not null;
        lead = lead.Entry is null ? failing[0] : lead;
        var disclosure = disclosures[lead.Index];
        return IncidentVerdict.Fired(
        [
            ("disclosureIndex", lead.Index),
            ("group", facts.Parameters.GroupOf(disclosure.AllegationType)),
            ("allegationType", disclosure.AllegationType),
            ("source", disclosure.Source),
            ("disclosedAt", disclosure.DisclosedAt),
            ("edition", lead.Entry.Id),
            ("limitHours", lead.Entry.RecordingLimitHours),
            ("deadline", lead.Deadline),
            ("late", lead.Answer is not null),
            ("answeredAt", lead.Answer),
            ("disclosureIndexes", failing.Select(f => f.Index).ToArray()),
        ],
        escalate);
    }
}
