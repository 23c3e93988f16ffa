using Compliance.Rules.Calendar;
using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using Compliance.Rules.Timelines;

namespace Compliance.Rules.Tests.Engine;

/// <summary>A pack context with the catalog's default tables, built in C# so these tests do not depend on pack loading.</summary>
internal static class TestContext
{
    /// <summary>The built-in timelines (counting rules, outcomes, Victims' Code, right to review).</summary>
    public static readonly TimelineSet Timelines = RulePack.LoadBuiltIn().Timelines;

    public static readonly OffenceGroupTable Groups = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["RAPE"] = ["19"],
        ["OTHER_SEXUAL"] = ["17", "20", "21", "22", "23", "70", "71", "72", "73", "74", "88"],
        ["ROBBERY"] = ["34"],
        ["VIOLENCE"] = ["1", "2", "3", "5", "8", "9", "11", "105", "4.*", "37.1"],
    });

    /// <summary>A context whose parameters are only <paramref name="parameters"/> (the facts fall back to the catalog's defaults).</summary>
    public static RulePackContext With(IReadOnlyDictionary<string, object>? parameters = null) =>
        new(Timelines, Groups, new WorkingDayCalendar([]), parameters ?? new Dictionary<string, object>());
}
