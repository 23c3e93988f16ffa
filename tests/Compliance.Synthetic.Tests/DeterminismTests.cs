using System.Security.Cryptography;
using Compliance.Synthetic;

namespace Compliance.Synthetic.Tests;

public sealed class DeterminismTests
{
    [Theory]
    [InlineData(GeneratorScenario.Baseline, 1L)]
    [InlineData(GeneratorScenario.Sapphire, 2009L)]
    [InlineData(GeneratorScenario.Sapphire, -7L)]
    public void Same_options_give_the_same_bytes(GeneratorScenario scenario, long seed)
    {
        var options = new GeneratorOptions { Records = 5_000, Seed = seed, Scenario = scenario };

        var first = Bytes(options);
        var second = Bytes(options);

        Assert.True(first.Length > 5_000 * 500, "expected real records");
        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_seed_gives_different_bytes()
    {
        var one = Bytes(new GeneratorOptions { Records = 200, Seed = 1, Scenario = GeneratorScenario.Sapphire });
        var two = Bytes(new GeneratorOptions { Records = 200, Seed = 2, Scenario = GeneratorScenario.Sapphire });

        Assert.NotEqual(one, two);
    }

    [Fact]
    public void A_different_scenario_gives_different_bytes()
    {
        var baseline = Bytes(new GeneratorOptions { Records = 200, Seed = 1, Scenario = GeneratorScenario.Baseline });
        var sapphire = Bytes(new GeneratorOptions { Records = 200, Seed = 1, Scenario = GeneratorScenario.Sapphire });

        Assert.NotEqual(baseline, sapphire);
    }

    [Fact]
    public void Enumerating_twice_gives_equal_records()
    {
        var records = SyntheticRecords.Generate(new GeneratorOptions { Records = 300, Seed = 5, Scenario = GeneratorScenario.Sapphire });

        Assert.Equal(records.Select(Rules.Records.RecordJson.Serialize), records.Select(Rules.Records.RecordJson.Serialize));
    }

    [Fact]
    public void The_writer_writes_what_RecordJson_serializes_one_record_per_line()
    {
        var options = new GeneratorOptions { Records = 50, Seed = 3, Scenario = GeneratorScenario.Sapphire };
        var expected = string.Concat(SyntheticRecords.Generate(options).Select(r => Rules.Records.RecordJson.Serialize(r) + "\n"));

        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(Bytes(options)));
    }

    [Fact]
    public void Generation_is_lazy()
    {
        // Were the records built up front, this would not come back.
        var firstThree = SyntheticRecords.Generate(new GeneratorOptions { Records = int.MaxValue, Seed = 1 }).Take(3).ToList();

        Assert.Equal(3, firstThree.Count);
        Assert.Equal(3, firstThree.Select(r => r.CrimeRecordId).Distinct().Count());
    }

    private static byte[] Bytes(GeneratorOptions options)
    {
        using var output = new MemoryStream();
        SyntheticRecords.WriteJsonLines(options, output);
        return output.ToArray();
    }
}
