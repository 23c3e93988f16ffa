using Compliance.Rules.Engine;
using Compliance.Rules.Incidents.Evaluation;

namespace Compliance.Cli.RuleTesting;

/// <summary>
/// Runs rule tests: each record through the engine of its pack (findings from the same evaluation an
/// audit makes), then every expectation checked; the explanation is kept for failures and coverage.
/// </summary>
internal static class RuleTestRunner
{
    public static RuleTestResult Run(RuleTest test, RuleTestPacks packs)
    {
        var engine = packs.EngineFor(test.PolicyPath);
        IReadOnlyList<Finding> fired;
        IReadOnlyList<RuleEvaluationError> errors;
        RecordExplanation? explanation = null;
        if (test.Incident is { } incident)
        {
            // The incident rules judge the incident with the records given beside it, as an audit's join would link them.
            var evaluation = new IncidentEvaluator(engine).EvaluateIncident(incident, test.LinkedRecords, test.AsOf);
            (fired, errors) = (evaluation.Findings, evaluation.Errors);
        }
        else
        {
            var evaluation = engine.Evaluate(test.Record!, test.AsOf);
            (fired, errors) = (evaluation.Findings, evaluation.Errors);
            explanation = engine.Explain(test.Record!, test.AsOf);
        }

        var firedIds = fired.Select(f => f.RuleId).ToArray();
        var expect = test.Expect;
        var failures = new List<RuleTestFailure>();

        var missing = expect.Fired.Where(id => !firedIds.Contains(id, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
        {
            failures.Add(new RuleTestFailure("fired", $"{Set(expect.Fired)} to fire", $"{Set(firedIds)} fired ({Set(missing)} did not)"));
        }

        var unexpected = expect.NotFired.Where(id => firedIds.Contains(id, StringComparer.Ordinal)).ToArray();
        if (unexpected.Length > 0)
        {
            failures.Add(new RuleTestFailure("notFired", $"none of {Set(expect.NotFired)} to fire", $"{Set(unexpected)} fired"));
        }

        foreach (var (ruleId, severity) in expect.Severity.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var finding = fired.FirstOrDefault(f => f.RuleId == ruleId);
            if (finding?.Severity != severity)
            {
                failures.Add(new RuleTestFailure("severity", $"{ruleId} {severity}", finding is null ? $"{ruleId} did not fire" : $"{ruleId} {finding.Severity}"));
            }
        }

        if (expect.Exactly && !firedIds.Order(StringComparer.Ordinal).SequenceEqual(expect.Fired.Distinct().Order(StringComparer.Ordinal)))
        {
            failures.Add(new RuleTestFailure("exactly", $"exactly {Set(expect.Fired)} to fire", $"{Set(firedIds)} fired"));
        }

        // A rule that cannot be evaluated on the test's record proves nothing either way: the test
        // says so rather than pass on a rule that never ran.
        if (errors.Count > 0)
        {
            failures.Add(new RuleTestFailure("ruleErrors", "no rule errors", string.Join("; ", errors.Select(e => $"{e.RuleId}: {e.Message}"))));
        }

        return new RuleTestResult(test, fired, errors, explanation, failures);
    }

    public static string Set(IEnumerable<string> ids) => "[" + string.Join(", ", ids) + "]";
}
