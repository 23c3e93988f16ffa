using Compliance.Rules.Records;
using Compliance.Rules.Timelines;

namespace Compliance.Rules.Incidents.Evaluation;

/// <summary>
/// When, if ever, an incident's disclosure — or its crime-indicative qualifiers and codes — were
/// answered: by a linked crime record, by a lawful N100, or by a decision not to record that the
/// recording rules accept. Each answer has an instant; the earliest one at or before the as-of is
/// the disclosure's answer, and the rules compare it with the recording limit of the day.
/// </summary>
internal sealed class Answering
{
    private readonly IncidentLog _incident;
    private readonly IReadOnlyList<RecordLink> _links;
    private readonly IncidentParameters _parameters;
    private readonly DateTimeOffset _asOf;
    private readonly DateTimeOffset? _decisionAt;

    public Answering(IncidentLog incident, IReadOnlyList<RecordLink> links, IncidentParameters parameters, DateTimeOffset asOf)
    {
        _incident = incident;
        _links = links;
        _parameters = parameters;
        _asOf = asOf;
        _decisionAt = incident.CrimeDecision is { } decision ? decision.DecidedAt ?? incident.ClosedAt : null;
    }

    /// <summary>
    /// Whether an answer was asked for since this was last cleared: a rule that asks depends on the
    /// linked records, so a link to a record the reader rejected leaves it unable to judge.
    /// </summary>
    public bool Consulted { get; set; }

    /// <summary>The earliest instant at or before the as-of at which the disclosure was answered; null when it never was.</summary>
    /// <param name="index">The disclosure's index.</param>
    /// <param name="countingRules">The counting rules at its <c>disclosedAt</c> (null before the first entry: N100 then counts as unknown).</param>
    public DateTimeOffset? AnswerOf(int index, CountingRulesEntry? countingRules)
    {
        Consulted = true;
        var disclosure = _incident.Disclosures[index];
        var group = _parameters.GroupOf(disclosure.AllegationType);
        var rape = group == IncidentParameters.RapeGroup;
        var hasN100 = countingRules?.HasN100;
        DateTimeOffset? best = null;

        foreach (var link in _links)
        {
            best = Earliest(best, ByRecord(link, disclosure, group));
            if (rape && hasN100 != false && link is { Outcome: RecordingOutcome.N100, SoundN100: true, DecidedAt: { } n100At })
            {
                best = Earliest(best, n100At);
            }
        }

        if (Covers(index) && _incident.CrimeDecision is { } decision)
        {
            var lawful = decision.Outcome == IncidentDecisionOutcome.N100
                ? rape && hasN100 != false && SoundN100(decision)
                : AcceptedNotRecorded(decision) && (!rape || (hasN100 != true && HasPermittedGround(decision)));
            if (lawful)
            {
                best = Earliest(best, _decisionAt);
            }
        }

        return best;
    }

    /// <summary>
    /// When the incident's crime-indicative qualifiers and codes were answered: by any linked record
    /// recorded as a crime, or by a decision not to record that NCRS-002 and NCRS-003 would accept.
    /// </summary>
    public DateTimeOffset? AnswerOfIncident()
    {
        Consulted = true;
        DateTimeOffset? best = null;
        foreach (var link in _links)
        {
            if (link is { Outcome: RecordingOutcome.CrimeRecorded, DecidedAt: { } at })
            {
                best = Earliest(best, at);
            }
        }

        if (_incident.CrimeDecision is { Outcome: not IncidentDecisionOutcome.N100 } decision && AcceptedNotRecorded(decision))
        {
            best = Earliest(best, _decisionAt);
        }

        return best;
    }

    /// <summary>(a): a linked record recorded as a crime of the disclosure's group (by its allegation or a classification), naming its victim when victims are compared.</summary>
    private DateTimeOffset? ByRecord(RecordLink link, Disclosure disclosure, string group)
    {
        if (link is not { Outcome: RecordingOutcome.CrimeRecorded, DecidedAt: { } decidedAt } || !NamesVictim(link, disclosure))
        {
            return null;
        }

        // An offence disclosed later in an investigation is answered only by a decision taken
        // after it: a record made for the first allegation does not answer a new one.
        var later = disclosure.Source is DisclosureSource.Statement or DisclosureSource.AbeInterview;
        DateTimeOffset? best = null;
        if (link.AllegationGroup == group && (!later || decidedAt >= disclosure.DisclosedAt))
        {
            best = decidedAt;
        }

        foreach (var entry in link.History)
        {
            if (entry.Group == group && (!later || entry.EffectiveAt >= disclosure.DisclosedAt))
            {
                // The record must be decided and the classification in effect.
                best = Earliest(best, decidedAt > entry.EffectiveAt ? decidedAt : entry.EffectiveAt);
            }
        }

        return best;
    }

    private bool NamesVictim(RecordLink link, Disclosure disclosure) =>
        !_parameters.SharedPersonRefs || disclosure.VictimPersonRef is null || link.VictimHashes.Contains(RecordLink.HashOf(disclosure.VictimPersonRef));

    /// <summary>Whether the incident's decision decides the disclosure: it names it, or names none and came after it.</summary>
    private bool Covers(int index)
    {
        if (_incident.CrimeDecision is not { } decision || _decisionAt is not { } decidedAt)
        {
            return false;
        }

        return decision.DisclosureIndexes.Count > 0
            ? decision.DisclosureIndexes.Contains(index)
            : _incident.Disclosures[index].DisclosedAt <= decidedAt;
    }

    /// <summary>A decision not to record that NCRS-002 (reasons shown, credible evidence verifiable) and NCRS-003 (no prohibited reason) would not flag.</summary>
    private bool AcceptedNotRecorded(IncidentCrimeDecision decision)
    {
        if (decision.Outcome == IncidentDecisionOutcome.N100)
        {
            return false;
        }

        var outcome = decision.Outcome switch
        {
            IncidentDecisionOutcome.CrimeRelatedIncident => RecordingOutcome.CrimeRelatedIncident,
            IncidentDecisionOutcome.NotRecorded => RecordingOutcome.NotRecorded,
            _ => RecordingOutcome.Transferred,
        };
        if (!_parameters.NotRecordedOutcomes.Contains(outcome))
        {
            return true;
        }

        var unsupportedEvidence = decision.ReasonCodes.Contains(RecordingReason.CredibleEvidenceToContrary) && !HasVerifiableEvidence(decision);
        return !_parameters.IsPlaceholder(decision.RationaleText)
            && !unsupportedEvidence
            && !decision.ReasonCodes.Any(_parameters.ProhibitedReasons.Contains);
    }

    /// <summary>A ground on which a rape disclosure may stay unrecorded; a rationale alone is none.</summary>
    private bool HasPermittedGround(IncidentCrimeDecision decision) =>
        decision.ReasonCodes.Any(reason => _parameters.RapeNotRecordedGrounds.Contains(reason)
            && (reason != RecordingReason.CredibleEvidenceToContrary || HasVerifiableEvidence(decision)));

    /// <summary>
    /// An N100 decision meeting SEXOFF-002's requirements as far as an incident can show them:
    /// sub-code 1 with the reason that the victim was not confirmed (an incident has no contact
    /// list to show the confirming contact), 2 with verifiable evidence, 3 with the receiving force.
    /// </summary>
    private bool SoundN100(IncidentCrimeDecision decision) => decision.N100SubCode switch
    {
        1 => decision.ReasonCodes.Contains(RecordingReason.VictimNotConfirmed),
        2 => HasVerifiableEvidence(decision),
        3 => decision.TransferredToForce is not null,
        _ => false,
    };

    private bool HasVerifiableEvidence(IncidentCrimeDecision decision) =>
        decision.CredibleEvidenceToContrary.Any(item => _parameters.VerifiableEvidence.Contains(item.Type));

    private DateTimeOffset? Earliest(DateTimeOffset? best, DateTimeOffset? candidate) =>
        candidate is not { } at || at > _asOf ? best : best is { } current && current <= at ? current : at;
}
