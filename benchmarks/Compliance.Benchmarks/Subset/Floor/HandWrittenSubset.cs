using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Subset.Floor;

/// <summary>
/// The floor: the subset written as plain C# over <see cref="CrimeRecord"/>, with the defaults of the
/// built-in pack as constants — no engine, no fact object, no LINQ, no allocation beyond the
/// findings (index loops: <c>foreach</c> over the model's <see cref="IReadOnlyList{T}"/>s would box
/// an enumerator each time). What the rules' logic costs when nothing else does.
/// </summary>
public sealed class HandWrittenSubset(DateTimeOffset asOf) : ISubsetEvaluator
{
    /// <inheritdoc />
    public string Name => "floor";

    /// <inheritdoc />
    public void Evaluate(CrimeRecord record, List<SubsetFinding> findings)
    {
        var view = new FloorView(record);
        var id = record.CrimeRecordId;
        var sexual = view.IsSexualOffenceRecord;
        var decision = record.RecordingDecision;
        var cancellation = record.Cancellation;

        if (Ncrs001(record, view))
        {
            findings.Add(new(id, "NCRS-001", sexual ? Severity.Critical : Severity.High));
        }

        if (Ncrs003(decision))
        {
            findings.Add(new(id, "NCRS-003", sexual ? Severity.Critical : Severity.High));
        }

        if (sexual && Sexoff004(record, view))
        {
            findings.Add(new(id, "SEXOFF-004", Severity.Critical));
        }

        if (sexual && Sexoff005(record, view))
        {
            findings.Add(new(id, "SEXOFF-005", Severity.High));
        }

        if (cancellation is not null)
        {
            if (cancellation.Code == CancellationCode.C2 && !view.HasQualifyingAvi(cancellation.AviRefs, cancellation.RequestedByOfficerRef))
            {
                findings.Add(new(id, "CANCEL-002", FloorTables.IsSeriousGroup(view.CurrentGroup) ? Severity.Critical : Severity.High));
            }

            if (Cancel003(record, cancellation, view))
            {
                findings.Add(new(id, "CANCEL-003", Severity.Critical));
            }

            if (Cancel005(record, cancellation, view))
            {
                findings.Add(new(id, "CANCEL-005", Severity.High));
            }

            if (Cancel006(record, cancellation, view))
            {
                findings.Add(new(id, "CANCEL-006", sexual ? Severity.Critical : Severity.High));
            }
        }

        if (Retract001(record))
        {
            findings.Add(new(id, "RETRACT-001", Severity.Critical));
        }

        if (Retract003(record))
        {
            findings.Add(new(id, "RETRACT-003", Severity.Medium));
        }

        if (Outcome003(record))
        {
            findings.Add(new(id, "OUTCOME-003", Severity.Medium));
        }

        if (Victim002(record))
        {
            findings.Add(new(id, "VICTIM-002", Severity.Medium));
        }
    }

    private bool Ncrs001(CrimeRecord record, FloorView view)
    {
        if (record.RecordingDecision is null && record.Incident.AllegationType is null)
        {
            return false;
        }

        var limit = TimeSpan.FromHours(view.RecordingLimitHours);
        var reported = record.Incident.ReportReceivedAt;
        return record.RecordingDecision?.DecidedAt is { } decided ? decided - reported > limit : reported + limit < asOf;
    }

    private static bool Ncrs003(RecordingDecision? decision)
    {
        if (decision?.Outcome is not { } outcome || !FloorTables.IsNotRecordedOutcome(outcome))
        {
            return false;
        }

        for (var reasonIndex = 0; reasonIndex < decision.ReasonCodes.Count; reasonIndex++)
        {
            var reason = decision.ReasonCodes[reasonIndex];
            if (FloorTables.IsProhibitedReason(reason))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Sexoff004(CrimeRecord record, FloorView view)
    {
        var first = view.FirstSpecialistContactAt;
        for (var contactIndex = 0; contactIndex < record.VictimContacts.Count; contactIndex++)
        {
            var contact = record.VictimContacts[contactIndex];
            if (contact.QuestioningDepth == QuestioningDepth.Detailed
                && !view.IsSpecialistAt(contact.OfficerRef, contact.At)
                && (first is null || contact.At < first))
            {
                return true;
            }
        }

        return false;
    }

    private bool Sexoff005(CrimeRecord record, FloorView view)
    {
        var reported = record.Incident.ReportReceivedAt;
        var limit = TimeSpan.FromHours(view.RecordingLimitHours);
        var decided = record.RecordingDecision?.DecidedAt;
        if (decided is null && reported + limit >= asOf)
        {
            return false;
        }

        var late = decided is null || decided.Value - reported > limit;
        for (var contactIndex = 0; contactIndex < record.VictimContacts.Count; contactIndex++)
        {
            var contact = record.VictimContacts[contactIndex];
            if ((decided is null || contact.At < decided)
                && (contact.PurposeCode == ContactPurpose.CredibilityAssessment
                    || (contact.PurposeCode == ContactPurpose.ClassificationCheck && (late || !view.IsSpecialistAt(contact.OfficerRef, contact.At)))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Cancel003(CrimeRecord record, Cancellation cancellation, FloorView view)
    {
        if (cancellation.Code is CancellationCode.C1 or CancellationCode.C3)
        {
            return false;
        }

        int resolved = 0, insufficient = 0, retraction = 0;
        view.CountResolved(cancellation.AviRefs, ref resolved, ref insufficient, ref retraction);
        if (resolved > 0)
        {
            return insufficient == resolved && retraction > 0;
        }

        if (cancellation.RequestedAt is not { } requested)
        {
            return false;
        }

        for (var statementIndex = 0; statementIndex < record.Statements.Count; statementIndex++)
        {
            var statement = record.Statements[statementIndex];
            if (FloorTables.IsRetraction(statement.Type) && statement.TakenAt < requested)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Cancel005(CrimeRecord record, Cancellation cancellation, FloorView view)
    {
        if (cancellation.AuthorisedByOfficerRef is not { } authoriser)
        {
            return true;
        }

        if (view.HoldsCancellationAuthorityAt(authoriser, cancellation.AuthorisedAt))
        {
            return false;
        }

        // Before April 2015 the registrar and decision-maker roles sufficed in every group.
        var role = view.Officer(authoriser)?.Role;
        var instant = cancellation.RequestedAt ?? cancellation.AuthorisedAt ?? record.Incident.ReportReceivedAt;
        if (FloorTables.IsBefore2015(record, instant) && role is OfficerRole.CrimeRegistrar or OfficerRole.DecisionMaker)
        {
            return false;
        }

        return FloorTables.IsSeriousGroup(view.CurrentGroup) || role != OfficerRole.Supervisor;
    }

    private static bool Cancel006(CrimeRecord record, Cancellation cancellation, FloorView view)
    {
        if (cancellation.AuthorisedByOfficerRef is not { } authoriser)
        {
            return false;
        }

        if (authoriser == cancellation.RequestedByOfficerRef || view.IsContactOrStatementOfficer(authoriser))
        {
            return true;
        }

        return FloorTables.IsSeriousGroup(view.CurrentGroup) && record.OwningUnit is { } unit && view.Officer(authoriser)?.UnitId == unit.UnitId;
    }

    private static bool Retract001(CrimeRecord record)
    {
        for (var statementIndex = 0; statementIndex < record.Statements.Count; statementIndex++)
        {
            var statement = record.Statements[statementIndex];
            if (!FloorTables.IsRetraction(statement.Type))
            {
                continue;
            }

            if (statement.InitiatedBy == StatementInitiator.Police)
            {
                return true;
            }

            for (var contactIndex = 0; contactIndex < record.VictimContacts.Count; contactIndex++)
            {
                var contact = record.VictimContacts[contactIndex];
                if (contact.PurposeCode == ContactPurpose.RetractionRequest && contact.At <= statement.TakenAt)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Retract003(CrimeRecord record)
    {
        for (var statementIndex = 0; statementIndex < record.Statements.Count; statementIndex++)
        {
            var statement = record.Statements[statementIndex];
            if (FloorTables.IsRetraction(statement.Type)
                && (statement.ContentFlags is not { } flags
                    || flags.ReasonsGiven.Count == 0
                    || flags.PressureOrIntimidationExplored != true
                    || flags.AssertsEventDidNotHappen is null))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Outcome003(CrimeRecord record)
    {
        var sanction = false;
        for (var outcomeIndex = 0; outcomeIndex < record.Outcomes.Count; outcomeIndex++)
        {
            var outcome = record.Outcomes[outcomeIndex];
            sanction |= outcome.OutcomeType is 1 or 2 or 3 or 4 or 6 or 7;
        }

        if (!sanction)
        {
            return false;
        }

        for (var suspectIndex = 0; suspectIndex < record.Suspects.Count; suspectIndex++)
        {
            var suspect = record.Suspects[suspectIndex];
            if (suspect.Identified)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Victim002(CrimeRecord record)
    {
        var interviewed = false;
        for (var suspectIndex = 0; suspectIndex < record.Suspects.Count; suspectIndex++)
        {
            var suspect = record.Suspects[suspectIndex];
            interviewed |= suspect.InterviewedUnderCautionAt is not null;
        }

        var notProceeded = false;
        for (var outcomeIndex = 0; outcomeIndex < record.Outcomes.Count; outcomeIndex++)
        {
            var outcome = record.Outcomes[outcomeIndex];
            notProceeded |= outcome.OutcomeType is 10 or 15 && outcome.CpsDecisionRef is null
                && FloorTables.LondonDate(outcome.AssignedAt) >= FloorTables.RightToReviewFrom;
        }

        if (!interviewed || !notProceeded)
        {
            return false;
        }

        for (var notificationIndex = 0; notificationIndex < record.Notifications.Count; notificationIndex++)
        {
            var notification = record.Notifications[notificationIndex];
            if (notification.Type == NotificationType.VrrInformation && notification.SentAt is not null)
            {
                return false;
            }
        }

        return true;
    }
}
