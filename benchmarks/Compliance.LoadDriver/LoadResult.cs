using System.Globalization;

namespace Compliance.LoadDriver;

/// <summary>What one run measured: requests scheduled and answered, errors, and latency percentiles from the scheduled send time.</summary>
internal sealed record LoadResult(double Rate, double Seconds, int Scheduled, int Ok, int Errors, double P50, double P90, double P99, double P999, double Max, double AchievedRate)
{
    public static LoadResult From(double rate, double seconds, double[] latenciesMs, int ok, int errors)
    {
        Array.Sort(latenciesMs);
        double At(double q) => latenciesMs.Length == 0 ? double.NaN : latenciesMs[Math.Min(latenciesMs.Length - 1, (int)Math.Ceiling(q * latenciesMs.Length) - 1)];
        return new LoadResult(rate, seconds, latenciesMs.Length, ok, errors, At(0.50), At(0.90), At(0.99), At(0.999), latenciesMs.Length == 0 ? double.NaN : latenciesMs[^1], latenciesMs.Length / seconds);
    }

    public string ToString(IFormatProvider format) => string.Create(
        format,
        $"rate {Rate}/s for {Seconds} s: scheduled {Scheduled}, ok {Ok}, errors {Errors}; latency from scheduled send (ms): p50 {P50:F2}, p90 {P90:F2}, p99 {P99:F2}, p99.9 {P999:F2}, max {Max:F2}");
}
