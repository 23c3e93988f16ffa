using System.Text;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Sampling;
using Compliance.Rules.Tests.BuiltInRules;

namespace Compliance.Rules.Tests.Sampling;

public sealed class SampleDrawerTests
{
    private static readonly RulePack Pack = RulePack.LoadBuiltIn();

    // Building an engine compiles the pack's rules: once for the class, not once per draw.
    private static readonly IComplianceEngine Engine = ComplianceEngine.Create(Pack);

    [Fact]
    public void Records_fall_into_the_first_matching_stratum_and_the_period_and_frame_are_counted()
    {
        var sample = Draw(SamplingRecords.Make(), 42);

        // Rapes: i % 3 != 0 → 80 of 120. Cancelled (i % 4 == 1, i < 100): 1, 5, 13, 17, 25, 29, 37, 41,
        // 49, 53, 61, 65, 73, 77, 85, 89, 97 → 17, all in 2016. Other rapes in 2016: i < 100 → 66 − 17 = 49,
        // and 115, 116, 118, 119 (decided 345–357 days after 1 January 2016) → 53. Rapes decided in 2015
        // (100, 101, 103, 104, 106, 107, 109) are outside the period; rapes without a decision time
        // (110, 112, 113) are out of frame, as are thefts 111 and 114.
        var strata = sample.Strata.ToDictionary(s => s.Id);
        Assert.Equal(17, strata["rape-cancellations"].N);
        Assert.Equal(5, strata["rape-cancellations"].SampleSize);
        Assert.Equal(53, strata["rape-recording"].N);
        Assert.Equal(7, strata["rape-recording"].SampleSize);

        // Thefts: i % 3 == 0 → 40; 102, 105, 108 in 2015, 111 and 114 out of frame: 35 remain.
        // n = ⌈(3.8416·0.09/0.01 = 34.57)/(1 + 33.57/35)⌉ = ⌈17.65⌉ = 18.
        Assert.Equal(35, strata["other-recording"].N);
        Assert.Equal(18, strata["other-recording"].SampleSize);
        Assert.Equal(5, sample.OutOfFrame);
        Assert.Equal(5 + 7 + 18, sample.Items.Count);
    }

    [Fact]
    public void Items_are_ranked_1_to_n_in_each_stratum()
    {
        var sample = Draw(SamplingRecords.Make(), 42);

        foreach (var stratum in sample.Strata)
        {
            Assert.Equal(Enumerable.Range(1, (int)stratum.SampleSize).Select(i => (long)i), sample.Items.Where(i => i.StratumId == stratum.Id).Select(i => i.Rank));
        }
    }

    [Fact]
    public void The_order_of_the_records_does_not_change_the_sample()
    {
        var records = SamplingRecords.Make();
        var shuffled = records.OrderBy(r => r.CrimeRecordId.GetHashCode(StringComparison.Ordinal)).Reverse().ToArray();

        Assert.Equal(Json(Draw(records, 7)), Json(Draw(shuffled, 7)));
    }

    [Fact]
    public void Another_seed_draws_another_sample()
    {
        var records = SamplingRecords.Make();

        Assert.NotEqual(
            Draw(records, 1).Items.Select(i => i.ItemKey),
            Draw(records, 2).Items.Select(i => i.ItemKey));
    }

    [Fact]
    public void Each_item_carries_the_findings_of_the_pack()
    {
        var sample = Draw(SamplingRecords.Make(), 42);

        // The cancellations carry no code, no AVI and no rationale: CANCEL-001 fires on every one.
        Assert.All(sample.Items.Where(i => i.StratumId == "rape-cancellations"), i => Assert.Contains("CANCEL-001", i.Findings));
        Assert.All(sample.Items.Where(i => i.StratumId == "rape-recording"), i => Assert.DoesNotContain("CANCEL-001", i.Findings));
    }

    [Fact]
    public void A_sample_written_and_read_back_is_the_same()
    {
        var sample = Draw(SamplingRecords.Make(), 42);
        var bytes = Bytes(sample);

        var back = SampleJson.Read(bytes, "sample.json");

        Assert.Equal(Encoding.UTF8.GetString(bytes), Json(back));
    }

    [Fact]
    public void A_sample_with_a_stratum_missing_items_is_refused_with_its_path()
    {
        var text = Json(Draw(SamplingRecords.Make(), 42)).Replace("\"n\": 5", "\"n\": 6", StringComparison.Ordinal);

        var e = Assert.Throws<SamplingException>(() => SampleJson.Read(Encoding.UTF8.GetBytes(text), "sample.json"));

        Assert.Contains(e.Problems, p => p.Path == "$.items" && p.Message.Contains("rape-cancellations", StringComparison.Ordinal));
    }

    internal static Sample Draw(IEnumerable<Compliance.Rules.Records.CrimeRecord> records, long seed)
    {
        var plan = SamplingPlan.Load(Encoding.UTF8.GetBytes(SamplingRecords.Plan), "plan.json", Pack);
        var drawer = new SampleDrawer(plan, Pack, seed, TestRecords.AsOf);
        foreach (var record in records)
        {
            drawer.Add(record);
        }

        return drawer.Complete(Engine, blind: true, [new SampleInput("00", 120, 0)]);
    }

    private static byte[] Bytes(Sample sample)
    {
        using var stream = new MemoryStream();
        SampleJson.Write(stream, sample);
        return stream.ToArray();
    }

    private static string Json(Sample sample) => Encoding.UTF8.GetString(Bytes(sample));
}
