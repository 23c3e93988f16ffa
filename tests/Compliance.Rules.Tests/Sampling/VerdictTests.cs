using Compliance.Rules.Sampling;

namespace Compliance.Rules.Tests.Sampling;

public sealed class VerdictTests
{
    private const string Correct = """{"planId":"P","itemKey":"record:CR-1","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","decisionCorrect":true,"errorReasons":[]}""";

    [Fact]
    public void A_valid_line_is_read()
    {
        var problems = new List<SamplingProblem>();

        var verdict = Assert.Single(VerdictLines.Read(Correct, "v.jsonl", problems));

        Assert.Empty(problems);
        Assert.True(verdict.DecisionCorrect);
        Assert.Equal(1, verdict.Line);
        Assert.False(verdict.Final);
    }

    [Theory]
    [InlineData("""{"planId":"P","itemKey":"record:CR-1","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","decisionCorrect":true,"errorReasons":["NO_AVI"]}""", "$.errorReasons", "no error reasons")]
    [InlineData("""{"planId":"P","itemKey":"record:CR-1","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","decisionCorrect":false,"errorReasons":[]}""", "$.errorReasons", "at least one")]
    [InlineData("""{"planId":"P","itemKey":"record:CR-1","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","decisionCorrect":false,"errorReasons":["GUESSWORK"]}""", "$.errorReasons", "not an error reason")]
    [InlineData("""{"planId":"P","itemKey":"record:CR-1","reviewerRef":"R1","reviewedAt":"2026-01-10","decisionCorrect":true}""", "$.reviewedAt", "offset")]
    [InlineData("""{"planId":"P","itemKey":"record:CR-1","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","decisionCorrect":"yes"}""", "$.decisionCorrect", "true or false")]
    [InlineData("""{"planId":"P","itemKey":"record:CR-1","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","decisionCorrect":true,"comment":"x"}""", "$.comment", "unknown key")]
    [InlineData("""{"planId":"P","itemKey":"incident:I-1","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","shouldHaveBeenRecorded":2,"recorded":3,"correctlyRecorded":1}""", "$.recorded", "impossible counts")]
    [InlineData("""{"planId":"P","itemKey":"incident:I-1","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","shouldHaveBeenRecorded":2,"recorded":2}""", "$.recorded", "together")]
    [InlineData("""{"planId":"P","itemKey":"incident:I-1","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","shouldHaveBeenRecorded":2,"recorded":2,"correctlyRecorded":2,"decisionCorrect":false,"errorReasons":["OTHER"]}""", "$.decisionCorrect", "the counts say true")]
    [InlineData("""{"planId":"P","itemKey":"record:CR-1","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","decisionCorrect":false,"errorReasons":["LATE"],"remedialAction":"APOLOGISED"}""", "$.remedialAction", "not a remedial action")]
    [InlineData("""{"planId":"P","itemKey":"record:CR-1","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z",""", "$", "not valid JSON")]
    public void A_bad_verdict_is_an_error_with_its_line_and_path(string line, string path, string message)
    {
        var problems = new List<SamplingProblem>();

        var verdicts = VerdictLines.Read(Correct + "\n\n" + line + "\n", "v.jsonl", problems);

        Assert.Single(verdicts);
        Assert.Contains(problems, p => p.Line == 3 && p.Path == path && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_incident_verdict_derives_decision_correct_from_the_counts()
    {
        var problems = new List<SamplingProblem>();

        var verdicts = VerdictLines.Read(
            """
            {"planId":"P","itemKey":"incident:I-1","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","shouldHaveBeenRecorded":2,"recorded":2,"correctlyRecorded":2}
            {"planId":"P","itemKey":"incident:I-2","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","shouldHaveBeenRecorded":2,"recorded":2,"correctlyRecorded":1,"errorReasons":["WRONG_CODE"]}
            """,
            "v.jsonl",
            problems);

        Assert.Empty(problems);
        Assert.Equal([true, false], verdicts.Select(v => v.DecisionCorrect));
    }
}
