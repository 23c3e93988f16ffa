using Compliance.Rules.Records;
using Compliance.Synthetic;

namespace Compliance.Synthetic.Tests;

public sealed class GeneratedRecordsAreValidTests
{
    private static readonly HashSet<string> SeriousNumbers = ["19", "17", "20", "22", "88", "8", "105", "4.1", "37.1", "34"];

    [Theory]
    [InlineData(GeneratorScenario.Baseline)]
    [InlineData(GeneratorScenario.Sapphire)]
    public void Every_line_of_100k_records_parses_and_holds_together(GeneratorScenario scenario)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var previousReport = DateTimeOffset.MinValue;
        var sink = new JsonLinesSink(record =>
        {
            if (!ids.Add(record.CrimeRecordId))
            {
                problems.Add($"{record.CrimeRecordId}: duplicate id");
            }

            if (record.Incident.ReportReceivedAt < previousReport)
            {
                problems.Add($"{record.CrimeRecordId}: out of report-time order");
            }

            previousReport = record.Incident.ReportReceivedAt;
            problems.AddRange(Inconsistencies(record, ids));
        });

        var written = SyntheticRecords.WriteJsonLines(new GeneratorOptions { Records = 100_000, Seed = 42, Scenario = scenario }, sink);

        Assert.Equal(100_000, written);
        Assert.Equal(100_000, sink.Lines);
        Assert.Equal(0, sink.Pending);
        Assert.Empty(sink.Rejections);
        Assert.Empty(problems.Take(20));
    }

    [Fact]
    public void Zero_records_write_nothing()
    {
        using var output = new MemoryStream();

        var written = SyntheticRecords.WriteJsonLines(new GeneratorOptions { Records = 0, Seed = 1 }, output);

        Assert.Equal(0, written);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Negative_record_count_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SyntheticRecords.Generate(new GeneratorOptions { Records = -1, Seed = 1 }));
    }

    /// <summary>What a record says about itself that must agree: references resolve, people are listed, dates fit.</summary>
    private static IEnumerable<string> Inconsistencies(CrimeRecord record, HashSet<string> earlierIds)
    {
        var id = record.CrimeRecordId;
        var officers = record.Officers.Select(o => o.OfficerRef).ToHashSet(StringComparer.Ordinal);
        var avi = record.AdditionalVerifiableInformation.Select(a => a.AviId).ToHashSet(StringComparer.Ordinal);
        var evidence = record.Statements.Select(s => s.StatementId).Concat(record.VictimContacts.Select(c => c.ContactId)).ToHashSet(StringComparer.Ordinal);

        foreach (var reference in OfficerReferences(record))
        {
            if (!officers.Contains(reference))
            {
                yield return $"{id}: officer {reference} is referenced but not in officers[]";
            }
        }

        if (officers.Count != record.Officers.Count)
        {
            yield return $"{id}: an officer is listed twice";
        }

        var aviRefs = record.ClassificationHistory.SelectMany(e => e.AviRefs).Concat(record.Cancellation?.AviRefs ?? []);
        foreach (var reference in aviRefs.Where(r => !avi.Contains(r)))
        {
            yield return $"{id}: AVI {reference} does not resolve";
        }

        foreach (var outcome in record.Outcomes.Where(o => o.VictimDecisionEvidenceRef is { } r && !evidence.Contains(r)))
        {
            yield return $"{id}: outcome evidence {outcome.VictimDecisionEvidenceRef} does not resolve";
        }

        if (record.Cancellation?.DuplicateOfCrimeRecordId is { } duplicateOf && (duplicateOf == id || !earlierIds.Contains(duplicateOf)))
        {
            yield return $"{id}: C3 names {duplicateOf}, which is not an earlier record";
        }

        if (record.Incident.ReportReceivedAt < SyntheticRecords.PeriodStart || record.Incident.ReportReceivedAt >= SyntheticRecords.PeriodEnd)
        {
            yield return $"{id}: reported outside the period";
        }

        var current = record.ClassificationHistory.Count == 0 ? null : record.ClassificationHistory[^1].HomeOfficeCode;
        if (current is not null && SeriousNumbers.Contains(NumberPart(current)) && record.Victims.Count != 1)
        {
            yield return $"{id}: {record.Victims.Count} victims on a serious-group record";
        }

        if (record.Victims.Count == 0)
        {
            yield return $"{id}: no victim";
        }

        if (record.ClassificationHistory.Select((e, i) => e.Seq != i + 1).Any(wrong => wrong))
        {
            yield return $"{id}: classification seq is not 1, 2, 3 …";
        }

        if (record.Cancellation is not null && record.Outcomes.Any(o => o.OutcomeType != 0))
        {
            yield return $"{id}: cancelled and given an outcome";
        }
    }

    private static IEnumerable<string> OfficerReferences(CrimeRecord record)
    {
        if (record.RecordingDecision?.DecidedByOfficerRef is { } decider)
        {
            yield return decider;
        }

        foreach (var entry in record.ClassificationHistory)
        {
            if (entry.RequestedByOfficerRef is { } requester)
            {
                yield return requester;
            }

            if (entry.AuthorisedByOfficerRef is { } authoriser)
            {
                yield return authoriser;
            }
        }

        if (record.Cancellation is { } cancellation)
        {
            if (cancellation.RequestedByOfficerRef is { } requester)
            {
                yield return requester;
            }

            if (cancellation.AuthorisedByOfficerRef is { } authoriser)
            {
                yield return authoriser;
            }
        }

        foreach (var item in record.AdditionalVerifiableInformation)
        {
            if (item.ObtainedByOfficerRef is { } obtainer)
            {
                yield return obtainer;
            }

            if (item.VerifiedByOfficerRef is { } verifier)
            {
                yield return verifier;
            }
        }

        foreach (var contact in record.VictimContacts)
        {
            yield return contact.OfficerRef;
        }

        foreach (var statement in record.Statements)
        {
            yield return statement.TakenByOfficerRef;
        }

        foreach (var outcome in record.Outcomes)
        {
            if (outcome.AssignedByOfficerRef is { } assigner)
            {
                yield return assigner;
            }
        }
    }

    private static string NumberPart(string code) => new(code.TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray());
}
