namespace Compliance.Synthetic;

/// <summary>
/// xoshiro256** seeded through SplitMix64: a small, fast generator whose sequence is fixed by this
/// code alone. <see cref="System.Random"/> is not used because its seeded sequence is an
/// implementation detail of the runtime, and the generator promises the same bytes for the same
/// arguments on every runtime the library targets. Only integer arithmetic and exact double
/// conversions are used, so no platform maths library can change a value.
/// </summary>
internal sealed class SyntheticRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    private SyntheticRandom(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>
    /// An independent stream for one purpose (<paramref name="stream"/>) of one record
    /// (<paramref name="index"/>), so that a record never depends on how many draws earlier
    /// records made.
    /// </summary>
    public static SyntheticRandom For(long seed, ulong stream, ulong index)
    {
        var mixed = unchecked((ulong)seed);
        mixed = Finalise(mixed ^ Finalise(stream + 0x9E3779B97F4A7C15UL));
        mixed = Finalise(mixed ^ Finalise(index + 0xD1B54A32D192ED03UL));
        return new SyntheticRandom(mixed);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "must be positive");
        }

        var bound = (ulong)maxExclusive;
        var threshold = (0UL - bound) % bound;
        while (true)
        {
            var value = NextUInt64();
            if (value >= threshold)
            {
                return (int)(value % bound);
            }
        }
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>] skewed towards <paramref name="min"/> (most delays are short, a few are long).</summary>
    public int SkewedBetween(int min, int max)
    {
        var u = NextDouble();
        return min + (int)(u * u * (max - min + 1));
    }

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Finalise(state);
    }

    private static ulong Finalise(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
