using Compliance.Rules.Records;

namespace Compliance.Rules.Hosting.Tests;

/// <summary>The bundled example record (a Southwark rape report cancelled as C2 on a retraction) and variants of it.</summary>
internal static class TestRecords
{
    public static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static CrimeRecord Example { get; } = RecordJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "example-record.json")));

    /// <summary>The example before its cancellation was proposed.</summary>
    public static CrimeRecord NotCancelled { get; } = Example with { Cancellation = null };
}
