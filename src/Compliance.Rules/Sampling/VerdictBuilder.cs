namespace Compliance.Rules.Sampling;

/// <summary>Checks one verdict's fields against each other and builds the verdict.</summary>
internal static class VerdictBuilder
{
    /// <summary>Builds the verdict, or reports each problem through <paramref name="error"/> (field name, message) and returns null.</summary>
    /// <param name="fields">The fields read.</param>
    /// <param name="isIncident">Whether the item is an incident (known when the item key is).</param>
    /// <param name="source">The file.</param>
    /// <param name="line">The line or row.</param>
    /// <param name="error">Reports a problem with a field.</param>
    public static Verdict? Build(VerdictFields fields, bool isIncident, string source, long line, Action<string, string> error)
    {
        var ok = true;
        void Fail(string field, string message)
        {
            ok = false;
            error(field, message);
        }

        if (string.IsNullOrWhiteSpace(fields.PlanId))
        {
            Fail("planId", "\"planId\" is required");
        }

        if (string.IsNullOrWhiteSpace(fields.ItemKey))
        {
            Fail("itemKey", "\"itemKey\" is required");
        }

        if (string.IsNullOrWhiteSpace(fields.ReviewerRef))
        {
            Fail("reviewerRef", "\"reviewerRef\" is required");
        }

        if (fields.ReviewedAt is null)
        {
            Fail("reviewedAt", "\"reviewedAt\" is required");
        }

        var reasons = fields.ErrorReasons ?? [];
        foreach (var reason in reasons)
        {
            if (!VerdictCodes.ErrorReasons.Contains(reason))
            {
                Fail("errorReasons", $"\"{reason}\" is not an error reason ({string.Join(", ", VerdictCodes.ErrorReasons)})");
            }
        }

        if (fields.RemedialAction is { } action && !VerdictCodes.RemedialActions.Contains(action))
        {
            Fail("remedialAction", $"\"{action}\" is not a remedial action ({string.Join(", ", VerdictCodes.RemedialActions)})");
        }

        var counts = new[] { fields.ShouldHaveBeenRecorded, fields.Recorded, fields.CorrectlyRecorded };
        var correct = fields.DecisionCorrect;
        if (counts.Any(c => c is not null))
        {
            if (!isIncident)
            {
                Fail("shouldHaveBeenRecorded", "crime counts belong to incident items; this item is a record");
            }
            else if (counts.Any(c => c is null))
            {
                Fail("recorded", "give \"shouldHaveBeenRecorded\", \"recorded\" and \"correctlyRecorded\" together (or none: not reviewed)");
            }
            else if (counts.Any(c => c > int.MaxValue))
            {
                Fail("shouldHaveBeenRecorded", "a crime count is too large");
            }
            else if (!(fields.CorrectlyRecorded <= fields.Recorded && fields.Recorded <= fields.ShouldHaveBeenRecorded))
            {
                Fail("recorded", $"impossible counts: need 0 ≤ correctlyRecorded ({fields.CorrectlyRecorded}) ≤ recorded ({fields.Recorded}) ≤ shouldHaveBeenRecorded ({fields.ShouldHaveBeenRecorded})");
            }
            else
            {
                var derived = fields.CorrectlyRecorded == fields.ShouldHaveBeenRecorded;
                if (correct is { } given && given != derived)
                {
                    Fail("decisionCorrect", $"decisionCorrect is {(given ? "true" : "false")} but the counts say {(derived ? "true" : "false")} (correctly = recorded = should)");
                }

                correct = derived;
            }
        }
        else if (isIncident)
        {
            Fail("shouldHaveBeenRecorded", "an incident verdict needs \"shouldHaveBeenRecorded\", \"recorded\" and \"correctlyRecorded\"");
        }
        else if (correct is null)
        {
            Fail("decisionCorrect", "\"decisionCorrect\" is required");
        }

        if (correct is true && reasons.Length > 0)
        {
            Fail("errorReasons", "a correct decision has no error reasons");
        }
        else if (correct is false && reasons.Length == 0)
        {
            Fail("errorReasons", "an incorrect decision needs at least one error reason");
        }

        if (!ok)
        {
            return null;
        }

        return new Verdict(
            fields.PlanId!,
            fields.ItemKey!,
            fields.ReviewerRef!,
            fields.ReviewedAt!.Value,
            correct!.Value,
            reasons,
            fields.VictimInformed,
            (int?)fields.ShouldHaveBeenRecorded,
            (int?)fields.Recorded,
            (int?)fields.CorrectlyRecorded,
            fields.Final ?? false,
            fields.Blind,
            fields.RemedialAction,
            fields.RemedialRecordRef,
            source,
            line);
    }
}
