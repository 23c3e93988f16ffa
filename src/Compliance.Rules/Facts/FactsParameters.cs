using System.Runtime.CompilerServices;
using Compliance.Rules.Records;

namespace Compliance.Rules.Facts;

/// <summary>
/// The pack parameters that the catalog's shared definitions depend on, read once per
/// <see cref="RulePackContext"/> (not once per record). A parameter the pack does not declare
/// takes the catalog's default, so a custom pack need not repeat them.
/// </summary>
internal sealed class FactsParameters
{
    private static readonly ConditionalWeakTable<RulePackContext, FactsParameters> Cache = [];

    private FactsParameters(IReadOnlyDictionary<string, object> parameters)
    {
        SeriousGroups = Strings(parameters, "seriousGroups", ["RAPE", "OTHER_SEXUAL", "VIOLENCE", "ROBBERY"]);
        SexualOffenceGroups = Strings(parameters, "sexualOffenceGroups", ["RAPE", "OTHER_SEXUAL"]);
        RapeGroups = Strings(parameters, "rapeGroups", ["RAPE"]);
        PlaceholderTexts = new HashSet<string>(
            Values<string>(parameters, "placeholderTexts", ["n/a", "na", "none", "tbc", "tbd", "todo", "-", ".", "x", "see above", "as above", "no reason"])
                .Select(t => t.Trim()),
            StringComparer.OrdinalIgnoreCase);
        SexualOffenceAllegationTypes = Set(parameters, "sexualOffenceAllegationTypes",
            [AllegationType.Rape, AllegationType.AttemptedRape, AllegationType.SexualAssault, AllegationType.OtherSexual]);
        RapeAllegationTypes = Set(parameters, "rapeAllegationTypes", [AllegationType.Rape, AllegationType.AttemptedRape]);
        SpecialistAccreditations = Set(parameters, "specialistAccreditations", [AccreditationType.Sto, AccreditationType.Soit]);
        VerifiableAviTypes = Set(parameters, "verifiableAviTypes",
            [AviType.Cctv, AviType.CommunicationsData, AviType.LocationData, AviType.Forensic, AviType.Medical, AviType.IndependentWitness, AviType.Documentary]);
        InsufficientGroundsAviTypes = Set(parameters, "insufficientGroundsAviTypes",
            [AviType.VictimRetraction, AviType.VictimWithdrawalOfSupport, AviType.SuspectAccount, AviType.OfficerOpinion]);
        RetractionStatementTypes = Set(parameters, "retractionStatementTypes", [StatementType.Retraction, StatementType.WithdrawalOfSupport]);
        // An entry with a number part names a class ("4/1" and "4" both name class 4); one without, a whole
        // classification such as N100, matched as written (ignoring case).
        var known = Values(parameters, "knownOffenceCodes", DefaultKnownOffenceCodes).ToArray();
        KnownOffenceClasses = new HashSet<string>(known.Select(OffenceGroupTable.ClassOf).Where(c => c.Length > 0), StringComparer.Ordinal);
        KnownWholeCodes = new HashSet<string>(known.Where(k => OffenceGroupTable.ClassOf(k).Length == 0).Select(k => k.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    public HashSet<string> SeriousGroups { get; }

    public HashSet<string> SexualOffenceGroups { get; }

    public HashSet<string> RapeGroups { get; }

    public HashSet<string> PlaceholderTexts { get; }

    public HashSet<AllegationType> SexualOffenceAllegationTypes { get; }

    public HashSet<AllegationType> RapeAllegationTypes { get; }

    public HashSet<AccreditationType> SpecialistAccreditations { get; }

    public HashSet<AviType> VerifiableAviTypes { get; }

    public HashSet<AviType> InsufficientGroundsAviTypes { get; }

    public HashSet<StatementType> RetractionStatementTypes { get; }

    /// <summary>Classes (first numbers) of the <c>knownOffenceCodes</c> parameter.</summary>
    public HashSet<string> KnownOffenceClasses { get; }

    /// <summary>Entries of <c>knownOffenceCodes</c> without a number part (such as <c>N100</c>), matched whole.</summary>
    public HashSet<string> KnownWholeCodes { get; }

    /// <summary>The built-in pack's default of <c>knownOffenceCodes</c>: classes 1–130, 195, 802 and 814, and N100.</summary>
    private static string[] DefaultKnownOffenceCodes =>
        [.. Enumerable.Range(1, 130).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), "195", "802", "814", "N100"];

    public static FactsParameters For(RulePackContext context) =>
        Cache.GetValue(context, static c => new FactsParameters(c.Parameters));

    private static HashSet<string> Strings(IReadOnlyDictionary<string, object> parameters, string name, string[] fallback) =>
        new(Values(parameters, name, fallback), StringComparer.Ordinal);

    private static HashSet<T> Set<T>(IReadOnlyDictionary<string, object> parameters, string name, T[] fallback) =>
        [.. Values(parameters, name, fallback)];

    private static IEnumerable<T> Values<T>(IReadOnlyDictionary<string, object> parameters, string name, T[] fallback) =>
        !parameters.TryGetValue(name, out var value) ? fallback
        : value as IEnumerable<T> ?? throw WrongType(name, value, typeof(IEnumerable<T>));

    private static InvalidOperationException WrongType(string name, object? value, Type expected) =>
        new($"Pack parameter '{name}' has type {value?.GetType().Name ?? "null"}; the record facts need {expected.Name}.");
}
