using System.Security.Cryptography;
using Compliance.Synthetic;

namespace Compliance.Synthetic.Tests;

public sealed class BundledSampleTests
{
    private const string Regenerate =
        "dotnet run --project src/Compliance.Cli -- generate --records 3000 --seed 2009 --scenario sapphire --output samples/sapphire-2009.jsonl";

    [Fact]
    public void The_bundled_sample_is_exactly_what_its_documented_command_generates()
    {
        var sample = Path.Combine(RepositoryRoot(), "samples", "sapphire-2009.jsonl");
        using var generated = new MemoryStream();
        SyntheticRecords.WriteJsonLines(new GeneratorOptions { Records = 3000, Seed = 2009, Scenario = GeneratorScenario.Sapphire }, generated);

        var expected = Convert.ToHexString(SHA256.HashData(generated.ToArray()));
        var actual = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(sample)));

        Assert.True(expected == actual, $"samples/sapphire-2009.jsonl is out of date with the generator; regenerate it with:\n{Regenerate}");
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
