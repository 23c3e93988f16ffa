using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Rules.Records;

namespace Compliance.Cli.Tests.Reports;

/// <summary>
/// Evidence a rule declares as free text (<c>freeTextEvidence</c>) reaches a report or an explanation
/// only with <c>--include-text</c>, in every format; without the declaration a pack whose evidence
/// can carry free text does not load.
/// </summary>
public sealed class FreeTextEvidenceTests : IDisposable
{
    private const string AsOf = "2010-01-01T00:00:00Z";

    // No character that HTML, CSV or JSON would escape, so the same text can be looked for in every format.
    private const string Rationale = "Victim withdrew support after the first account";

    private readonly AuditFiles _files = new();

    public FreeTextEvidenceTests()
    {
        _files.Write("declared.json", Pack(declared: true));
        _files.Write("undeclared.json", Pack(declared: false));
        _files.Write("records.jsonl", string.Join("\n", Record("FT-1", Rationale), Record("FT-2", null)) + "\n");
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Json_has_the_declared_entry_in_the_evidence_only_with_include_text()
    {
        var with = Evidence(Audit("json", includeText: true));
        var without = Evidence(Audit("json", includeText: false));

        Assert.Equal(["cancellationCode", "requester", "rationale"], with[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(Rationale, with[0].GetProperty("rationale").GetString());
        Assert.Equal(JsonValueKind.Null, with[1].GetProperty("rationale").ValueKind);
        Assert.Equal(["cancellationCode", "requester"], without[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["cancellationCode", "requester"], without[1].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Csv_has_the_declared_entry_in_the_evidence_column_only_with_include_text()
    {
        var with = Audit("csv", includeText: true).Split('\n');
        var without = Audit("csv", includeText: false);

        Assert.Contains(with, row => row.StartsWith("record,UNIT-A,FT-1,T-TEXT,High,", StringComparison.Ordinal)
            && row.Contains($"cancellationCode=C2; requester=OFF-1; rationale={Rationale}", StringComparison.Ordinal));
        Assert.Contains("cancellationCode=C2; requester=OFF-1,", without, StringComparison.Ordinal);
        Assert.DoesNotContain(Rationale, without, StringComparison.Ordinal);
        Assert.DoesNotContain("rationale=", without, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_has_the_declared_entry_in_the_evidence_cell_only_with_include_text()
    {
        var with = Audit("html", includeText: true);
        var without = Audit("html", includeText: false);

        Assert.Contains($"<td class=\"evidence\">cancellationCode=C2; requester=OFF-1; rationale={Rationale}</td>", with, StringComparison.Ordinal);
        Assert.Contains("<td class=\"evidence\">cancellationCode=C2; requester=OFF-1</td>", without, StringComparison.Ordinal);
        Assert.DoesNotContain(Rationale, without, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_summary_lists_no_record_evidence_either_way()
    {
        var with = Audit("text", includeText: true);
        var without = Audit("text", includeText: false);

        Assert.Contains("T-TEXT", with, StringComparison.Ordinal);
        Assert.DoesNotContain(Rationale, with, StringComparison.Ordinal);
        Assert.DoesNotContain(Rationale, without, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public void Explain_shows_the_declared_entry_only_with_include_text(string format)
    {
        var with = CommandRunner.Run("explain", _files.PathOf("records.jsonl"), "--id", "FT-1", "--as-of", AsOf, "--rules", _files.PathOf("declared.json"), "--format", format, "--include-text");
        var without = CommandRunner.Run("explain", _files.PathOf("records.jsonl"), "--id", "FT-1", "--as-of", AsOf, "--rules", _files.PathOf("declared.json"), "--format", format);

        Assert.Equal((0, 0), (with.Exit, without.Exit));
        Assert.DoesNotContain(Rationale, without.Out, StringComparison.Ordinal);
        if (format == "json")
        {
            var evidence = JsonDocument.Parse(with.Out).RootElement.GetProperty("rules")[0].GetProperty("evidence");
            Assert.Equal(Rationale, evidence.GetProperty("rationale").GetString());
            Assert.False(JsonDocument.Parse(without.Out).RootElement.GetProperty("rules")[0].GetProperty("evidence").TryGetProperty("rationale", out _));
        }
        else
        {
            Assert.Contains($"evidence: cancellationCode=C2; requester=OFF-1; rationale={Rationale}", with.Out, StringComparison.Ordinal);
            Assert.Contains("evidence: cancellationCode=C2; requester=OFF-1\n", without.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_the_declaration_the_pack_is_refused_with_the_json_path()
    {
        var (exit, _, error) = CliRunner.Run(_files.PathOf("records.jsonl"), "--rules", _files.PathOf("undeclared.json"), "--as-of", AsOf, "--include-text");

        Assert.Equal(2, exit);
        Assert.Contains("$.rules[0] (T-TEXT).evidence.rationale", error, StringComparison.Ordinal);
        Assert.Contains("free text (Cancellation.RationaleText)", error, StringComparison.Ordinal);
    }

    private string Audit(string format, bool includeText)
    {
        var output = _files.PathOf($"report-{includeText}.{format}");
        string[] args = [_files.PathOf("records.jsonl"), "--rules", _files.PathOf("declared.json"), "--as-of", AsOf, "--format", format, "--output", output];
        var (exit, _, error) = CliRunner.Run(includeText ? [.. args, "--include-text"] : args);
        Assert.True(exit == 0, error);
        return File.ReadAllText(output);
    }

    private static JsonElement[] Evidence(string report) =>
        JsonDocument.Parse(report).RootElement.GetProperty("records").EnumerateArray()
            .Select(r => r.GetProperty("findings")[0].GetProperty("evidence")).ToArray();

    private static string Pack(bool declared) => $$"""
        {
          "kind": "rulePack", "id": "text-pack", "version": "0.0.1",
          "offenceGroups": { "RAPE": ["19"] },
          "rules": [
            { "id": "T-TEXT", "title": "Cancelled", "severity": "High", "citation": "c", "description": "d",
              "appliesWhen": "Record.Cancellation != null", "condition": "true",
              "evidence": { "cancellationCode": "Record.Cancellation.Code", "requester": "Record.Cancellation.RequestedByOfficerRef", "rationale": "Record.Cancellation.RationaleText" },
              {{(declared ? "\"freeTextEvidence\": [\"rationale\"]," : string.Empty)}}
              "message": "{cancellationCode} cancellation requested by {requester}" }
          ]
        }
        """;

    private static string Record(string id, string? rationale) => RecordJson.Serialize(new CrimeRecord
    {
        SchemaVersion = "1.0",
        CrimeRecordId = id,
        OwningUnit = new OwningUnit { UnitId = "UNIT-A" },
        Incident = new Incident { ReportReceivedAt = new DateTimeOffset(2008, 11, 4, 22, 41, 0, TimeSpan.Zero), AllegationType = AllegationType.Rape },
        RecordingDecision = new RecordingDecision { Outcome = RecordingOutcome.CrimeRecorded, DecidedAt = new DateTimeOffset(2008, 11, 5, 9, 0, 0, TimeSpan.Zero) },
        Cancellation = new Cancellation { Code = CancellationCode.C2, RequestedByOfficerRef = "OFF-1", RequestedAt = new DateTimeOffset(2008, 12, 1, 10, 0, 0, TimeSpan.Zero), RationaleText = rationale },
    });
}
