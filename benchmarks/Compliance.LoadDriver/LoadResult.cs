using System.Globalization;

namespace Compliance.LoadDriver;

/// <summary>What one run measured: requests scheduled and answered, errors, and latency percentiles from the scheduled send time.</summary>
internal sealed record LoadResult(double Rate, double Seconds, int Scheduled, int Ok, int Errors, double P50, double P90, double P99, double P999, double Max, double AchievedRate, double LagP99, double LagMax, int ConnectionsOpened)
{
    public static LoadResult From(double rate, double seconds, double[] latenciesMs, double[] lagsMs, int ok, int errors, int connectionsOpened)
    {
        latenciesMs = [.. latenciesMs.Order()];
        lagsMs = [.. lagsMs.Order()];
        static double At(double[] sorted, double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LoadResult(
            rate, seconds, latenciesMs.Length, ok, errors,
            At(latenciesMs, 0.50), At(latenciesMs, 0.90), At(latenciesMs, 0.99), At(latenciesMs, 0.999), At(latenciesMs, 1), latenciesMs.Length / seconds,
            At(lagsMs, 0.99), At(lagsMs, 1), connectionsOpened);
    }

    public string ToString(IFormatProvider format) => string.Create(
        format,
        $"rate {Rate}/s for {Seconds} s: scheduled {Scheduled}, ok {Ok}, errors {Errors}; latency from scheduled send (ms): p50 {P50:F2}, p90 {P90:F2}, p99 {P99:F2}, p99.9 {P999:F2}, max {Max:F2}; send lag p99 {LagP99:F2}, max {LagMax:F2}; connections opened {ConnectionsOpened}");
}
