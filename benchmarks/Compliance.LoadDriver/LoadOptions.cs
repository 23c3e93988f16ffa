using System.Globalization;

namespace Compliance.LoadDriver;

/// <summary>The driver's command line.</summary>
internal sealed record LoadOptions(Uri Url, string RecordsPath, double Rate, double DurationSeconds, double WarmupSeconds, string AsOf, int Connections)
{
    public static LoadOptions Parse(string[] args)
    {
        string Value(string name, string? fallback = null)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback ?? throw new ArgumentException($"{name} is required");
        }

        return new LoadOptions(
            new Uri(Value("--url")),
            Value("--records"),
            double.Parse(Value("--rate"), CultureInfo.InvariantCulture),
            double.Parse(Value("--duration", "60"), CultureInfo.InvariantCulture),
            double.Parse(Value("--warmup", "5"), CultureInfo.InvariantCulture),
            Value("--as-of", "2010-01-01T00:00:00Z"),
            int.Parse(Value("--connections", "64"), CultureInfo.InvariantCulture));
    }
}
