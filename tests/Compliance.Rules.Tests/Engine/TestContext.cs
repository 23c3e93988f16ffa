using Compliance.Rules.Calendar;
using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Engine;

/// <summary>A pack context with the built-in pack's default tables, built in C# so these tests do not depend on pack loading.</summary>
internal static class TestContext
{
    public static readonly EditionTable Editions = new(
    [
        new EditionRules("HOCR-2008", new DateOnly(1900, 1, 1), 72, [CancellationCode.C1, CancellationCode.C2, CancellationCode.C3, CancellationCode.C4], 21),
        new EditionRules("HOCR-2015", new DateOnly(2015, 4, 1), 24, [CancellationCode.C1, CancellationCode.C2, CancellationCode.C3, CancellationCode.C4], 21),
        new EditionRules("HOCR-2019", new DateOnly(2019, 4, 1), 24, [CancellationCode.C1, CancellationCode.C2, CancellationCode.C3, CancellationCode.C4, CancellationCode.C5], 22),
    ]);

    public static readonly OffenceGroupTable Groups = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["RAPE"] = ["19"],
        ["OTHER_SEXUAL"] = ["17", "20", "21", "22", "23", "70", "71", "72", "73", "74", "88"],
        ["ROBBERY"] = ["34"],
        ["VIOLENCE"] = ["1", "2", "3", "5", "8", "9", "11", "105", "4.*", "37.*"],
    });

    /// <summary>A context whose parameters are only <paramref name="parameters"/> (the facts fall back to the built-in defaults).</summary>
    public static RulePackContext With(IReadOnlyDictionary<string, object>? parameters = null) =>
        new(Editions, Groups, new WorkingDayCalendar([]), parameters ?? new Dictionary<string, object>());
}
