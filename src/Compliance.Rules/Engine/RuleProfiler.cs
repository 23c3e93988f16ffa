using System.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Rules.Engine;

/// <summary>
/// Measures what a pack costs on given records: how fast the engine evaluates them (batched, as an
/// audit does, and one at a time, as a host system checking a decision does), what building the
/// record facts costs, and what each record rule costs, so a compliance engineer sees which of their
/// rules is expensive. This is a measuring tool: unlike evaluation it reads the clock, and its
/// figures vary with the machine and its load.
/// </summary>
public static class RuleProfiler
{
    // Facts are built and timed in chunks, so memory stays bounded however many records are profiled.
    private const int ChunkSize = 1024;

    /// <summary>Profiles a pack (after any policy) on records.</summary>
    /// <param name="pack">The pack, e.g. <see cref="RulePack.LoadBuiltIn"/> or one with a policy applied.</param>
    /// <param name="records">The records, already in memory (reading them is not measured).</param>
    /// <param name="asOf">The as-of instant of the evaluation.</param>
    /// <param name="passes">Timed passes over the records after one warm-up pass; each figure is the fastest pass.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">There are no records.</exception>
    public static RuleProfile Run(RulePack pack, IReadOnlyList<CrimeRecord> records, DateTimeOffset asOf, int passes = 3)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        if (records.Count == 0)
        {
            throw new ArgumentException("there are no records to profile", nameof(records));
        }

        var compile = Stopwatch.StartNew();
        var engine = new NRulesComplianceEngine(pack);
        compile.Stop();

        // Every pass measures everything, and each figure keeps its fastest pass: the figures then
        // come from the same stretches of time, so that on a busy machine they still add up.
        var rules = engine.CompiledRules;
        var chunks = (records.Count + ChunkSize - 1) / ChunkSize;
        long batched = long.MaxValue, single = long.MaxValue;
        var factsTicks = new long[chunks];
        var ruleTicks = new long[chunks, rules.Count];
        Array.Fill(factsTicks, long.MaxValue);
        for (var c = 0; c < chunks; c++)
        {
            for (var r = 0; r < rules.Count; r++)
            {
                ruleTicks[c, r] = long.MaxValue;
            }
        }

        var tallies = new RuleTally[rules.Count];
        WarmUp(engine, records, asOf);
        for (var pass = 0; pass <= passes; pass++)
        {
            // Pass 0 warms up (compiles delegates, fills caches) and counts; it is not timed.
            var timed = pass > 0;
            batched = Keep(timed, batched, Time(() => EvaluateBatched(engine, records, asOf)));
            single = Keep(timed, single, Time(() => EvaluateOneByOne(engine, records, asOf)));

            for (var c = 0; c < chunks; c++)
            {
                var start = c * ChunkSize;
                var facts = new RecordFacts[Math.Min(ChunkSize, records.Count - start)];
                factsTicks[c] = Keep(timed, factsTicks[c], Time(() =>
                {
                    for (var i = 0; i < facts.Length; i++)
                    {
                        facts[i] = new RecordFacts(records[start + i], asOf, engine.Context);
                    }
                }));

                for (var r = 0; r < rules.Count; r++)
                {
                    var rule = rules[r];
                    var count = !timed;
                    ruleTicks[c, r] = Keep(timed, ruleTicks[c, r], Time(() => Evaluate(rule, facts, ref tallies[r], count)));
                }
            }
        }

        for (var r = 0; r < rules.Count; r++)
        {
            for (var c = 0; c < chunks; c++)
            {
                tallies[r].Ticks += ruleTicks[c, r];
            }
        }

        var totalTicks = tallies.Sum(t => t.Ticks);
        var costs = rules.Select((rule, r) => new RuleCost(
            rule.Info.Id,
            tallies[r].Applicable,
            tallies[r].Fired,
            tallies[r].Errors,
            Microseconds(tallies[r].Ticks, records.Count),
            totalTicks == 0 ? 0 : (double)tallies[r].Ticks / totalTicks)).ToArray();

        return new RuleProfile(
            pack.Id,
            pack.Version,
            records.Count,
            compile.Elapsed,
            records.Count / Seconds(batched),
            records.Count / Seconds(single),
            Microseconds(factsTicks.Sum(), records.Count),
            costs);
    }

    /// <summary>
    /// Runs the engine until the runtime has compiled its hot paths again, optimised: tiered
    /// compilation does that only after code has run a while (measured on the 3 000-record sample:
    /// the first passes are twice as slow as the steady state), so a profile taken straight away
    /// would blame the pack for the JIT. At least a second and 30 000 evaluations, at most ten seconds.
    /// </summary>
    private static void WarmUp(NRulesComplianceEngine engine, IReadOnlyList<CrimeRecord> records, DateTimeOffset asOf)
    {
        var clock = Stopwatch.StartNew();
        var evaluations = 0L;
        while ((clock.Elapsed < TimeSpan.FromSeconds(1) || evaluations < 30_000) && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            EvaluateBatched(engine, records, asOf);
            EvaluateOneByOne(engine, records, asOf);
            evaluations += 2L * records.Count;
        }
    }

    /// <summary>The audit's path: <see cref="IComplianceEngine.EvaluateMany"/> over all the records.</summary>
    private static void EvaluateBatched(NRulesComplianceEngine engine, IReadOnlyList<CrimeRecord> records, DateTimeOffset asOf)
    {
        foreach (var evaluation in engine.EvaluateMany(records, asOf))
        {
            GC.KeepAlive(evaluation);
        }
    }

    /// <summary>A host system's path: one <see cref="IComplianceEngine.Evaluate"/> per record.</summary>
    private static void EvaluateOneByOne(NRulesComplianceEngine engine, IReadOnlyList<CrimeRecord> records, DateTimeOffset asOf)
    {
        foreach (var record in records)
        {
            GC.KeepAlive(engine.Evaluate(record, asOf));
        }
    }

    /// <summary>One rule over a chunk of facts as the engine does it: in force, applicability, condition, and the finding when it fires.</summary>
    private static void Evaluate(CompiledRule rule, RecordFacts[] facts, ref RuleTally tally, bool count)
    {
        foreach (var fact in facts)
        {
            try
            {
                // The engine's order: a rule whose timelines have no entry at its governing instant, or whose
                // in-force expression is false, is not in force and neither applies nor fires.
                if (!rule.HasTimelineEntries(fact) || (rule.InForce is { } inForce && !inForce(fact)))
                {
                    continue;
                }

                if (rule.AppliesWhen is { } applies && !applies(fact))
                {
                    continue;
                }

                tally.Applicable += count ? 1 : 0;
                if (rule.Condition(fact))
                {
                    tally.Fired += count ? 1 : 0;
                    GC.KeepAlive(rule.TryCreateFinding(fact, out var finding, out _) ? finding : null);
                }
            }
            catch (Exception e) when (RuleFailures.IsRecordFailure(e))
            {
                // The engine reports such a rule as not evaluated for the record; so does the profile.
                tally.Errors += count ? 1 : 0;
            }
        }
    }

    private static long Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetTimestamp() - start;
    }

    private static long Keep(bool timed, long fastest, long ticks) => timed ? Math.Min(fastest, ticks) : fastest;

    private static double Seconds(long ticks) => Math.Max(ticks, 1) / (double)Stopwatch.Frequency;

    private static double Microseconds(long ticks, int records) => ticks * 1_000_000.0 / Stopwatch.Frequency / records;

    private struct RuleTally
    {
        public long Ticks;
        public int Applicable;
        public int Fired;
        public int Errors;
    }
}

/// <summary>What a pack costs on a set of records (<see cref="RuleProfiler.Run"/>).</summary>
/// <param name="PackId">The pack's id.</param>
/// <param name="PackVersion">The pack's version.</param>
/// <param name="Records">How many records were profiled.</param>
/// <param name="CompileTime">Building the engine: binding parameters, compiling conditions, building the NRules network.</param>
/// <param name="BatchedRecordsPerSecond">Throughput of <see cref="IComplianceEngine.EvaluateMany"/> (the audit path).</param>
/// <param name="SingleRecordsPerSecond">Throughput of <see cref="IComplianceEngine.Evaluate"/> one record at a time (the host-system path).</param>
/// <param name="FactsMicrosecondsPerRecord">Building the <see cref="RecordFacts"/> of a record, which every rule shares.</param>
/// <param name="Rules">Each enabled record rule's cost, in pack order.</param>
public sealed record RuleProfile(
    string PackId,
    string PackVersion,
    int Records,
    TimeSpan CompileTime,
    double BatchedRecordsPerSecond,
    double SingleRecordsPerSecond,
    double FactsMicrosecondsPerRecord,
    IReadOnlyList<RuleCost> Rules)
{
    /// <summary>The rules' own cost per record (the sum of <see cref="RuleCost.MicrosecondsPerRecord"/>).</summary>
    public double RulesMicrosecondsPerRecord => Rules.Sum(r => r.MicrosecondsPerRecord);

    /// <summary>
    /// What the batched engine spends per record beyond the facts and the rules' own cost: the
    /// NRules network, sessions, ordering the findings (never negative).
    /// </summary>
    public double EngineOverheadMicrosecondsPerRecord =>
        Math.Max(0, (1_000_000 / BatchedRecordsPerSecond) - FactsMicrosecondsPerRecord - RulesMicrosecondsPerRecord);
}

/// <summary>One record rule's cost on the profiled records.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Applicable">Records on which it was in force (its timelines had an entry at its governing instant, its <c>inForce</c> held) and applied (its <c>appliesWhen</c> held).</param>
/// <param name="Fired">Records on which it fired.</param>
/// <param name="Errors">Records on which an expression of the rule failed.</param>
/// <param name="MicrosecondsPerRecord">Its applicability, condition and findings, per profiled record.</param>
/// <param name="Share">Its share of all the rules' cost (0 to 1).</param>
public sealed record RuleCost(string RuleId, int Applicable, int Fired, int Errors, double MicrosecondsPerRecord, double Share);
