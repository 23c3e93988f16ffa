using System.Security.Cryptography;

namespace Compliance.Synthetic.Tests;

/// <summary>The bundled samples are exactly what the commands in <c>samples/README.md</c> write, byte for byte.</summary>
public sealed class BundledSampleTests
{
    public static TheoryData<string> Samples() => ["sapphire-2009.jsonl", "sapphire-2025.jsonl", "lewisham-2009-records.jsonl"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_bundled_sample_is_exactly_what_its_documented_command_generates(string sample)
    {
        var root = RepositoryRoot();
        var command = DocumentedCommand(root, sample);
        var arguments = command[(command.IndexOf("-- generate ", StringComparison.Ordinal) + "-- generate ".Length)..].Split(' ');
        var options = Parse(arguments);

        using var generated = new MemoryStream();
        SyntheticRecords.WriteJsonLines(options, generated);

        var expected = Convert.ToHexString(SHA256.HashData(generated.ToArray()));
        var actual = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, "samples", sample))));
        Assert.True(expected == actual, $"samples/{sample} is out of date with the generator; regenerate it with:\n{command}");
    }

    [Fact]
    public void The_bundled_incident_logs_are_exactly_what_their_documented_command_generates()
    {
        const string records = "lewisham-2009-records.jsonl";
        var root = RepositoryRoot();
        var command = DocumentedCommand(root, records);
        var arguments = command[(command.IndexOf("-- generate ", StringComparison.Ordinal) + "-- generate ".Length)..].Split(' ');
        var incidentsAt = Array.IndexOf(arguments, "--incidents");
        Assert.True(incidentsAt >= 0, "the documented command writes no incident logs");
        var incidents = arguments[incidentsAt + 1];

        using var generatedRecords = new MemoryStream();
        using var generatedIncidents = new MemoryStream();
        SyntheticRecords.WriteJsonLines(Parse(arguments), generatedRecords, null, generatedIncidents);

        var expected = Convert.ToHexString(SHA256.HashData(generatedIncidents.ToArray()));
        var actual = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, incidents))));
        Assert.True(expected == actual, $"{incidents} is out of date with the generator; regenerate it with:\n{command}");
    }

    /// <summary>The generate command samples/README.md gives for a sample (the test reads the documentation, so the two cannot drift apart).</summary>
    private static string DocumentedCommand(string root, string sample)
    {
        var lines = File.ReadAllLines(Path.Combine(root, "samples", "README.md"));
        return Assert.Single(lines, l => l.Contains(" generate ", StringComparison.Ordinal) && l.EndsWith("--output samples/" + sample, StringComparison.Ordinal));
    }

    private static GeneratorOptions Parse(string[] arguments)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < arguments.Length; i += 2)
        {
            values[arguments[i]] = arguments[i + 1];
        }

        DateOnly? Day(string name) => values.TryGetValue(name, out var v) ? DateOnly.ParseExact(v, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        return new GeneratorOptions
        {
            Records = int.Parse(values["--records"], System.Globalization.CultureInfo.InvariantCulture),
            Seed = long.Parse(values["--seed"], System.Globalization.CultureInfo.InvariantCulture),
            Scenario = values.GetValueOrDefault("--scenario") == "sapphire" ? GeneratorScenario.Sapphire : GeneratorScenario.Baseline,
            From = Day("--from"),
            To = Day("--to"),
            PracticeFrom = Day("--practice-from"),
            PracticeTo = Day("--practice-to"),
            RapeReportsPerMonth = values.TryGetValue("--rape-reports-per-month", out var r) ? double.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : null,
            UnderRecordingUnit = values.GetValueOrDefault("--under-recording-unit"),
            Practice = values.GetValueOrDefault("--practice") switch
            {
                "sapphire" => UnitPractice.Sapphire,
                "displacement" => UnitPractice.Displacement,
                "record-all" => UnitPractice.RecordAll,
                null => null,
                var other => throw new InvalidOperationException($"unknown practice {other}"),
            },
        };
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Compliance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Compliance.sln above {AppContext.BaseDirectory}");
    }
}
