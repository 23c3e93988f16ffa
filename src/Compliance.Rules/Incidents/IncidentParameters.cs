using System.Collections.Frozen;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents;

/// <summary>
/// The pack's parameters the incident rules read, resolved once per pack: which facts make an
/// incident crime-indicative, how disclosures are grouped, which grounds may leave a rape
/// disclosure unrecorded, and the record-rule parameters that judge a decision not to record
/// (the conditions of NCRS-002 and NCRS-003).
/// </summary>
internal sealed class IncidentParameters
{
    private IncidentParameters(RulePack pack)
    {
        SharedPersonRefs = pack.Parameter<bool>("sharedPersonRefs");
        CrimeIndicativeQualifiers = pack.Parameter<IncidentQualifier[]>("crimeIndicativeQualifiers").ToFrozenSet();
        CrimeIndicativeCodes = pack.Parameter<string[]>("crimeIndicativeCodes").Concat(pack.Parameter<string[]>("forceCrimeIndicativeCodes")).ToFrozenSet(StringComparer.Ordinal);
        AllegationGroups = ReadGroups(pack.Parameter<string[]>("allegationGroups"));
        RapeNotRecordedGrounds = pack.Parameter<RecordingReason[]>("rapeNotRecordedGrounds").ToFrozenSet();
        OpenDays = pack.Parameter<int>("incidentOpenDays");
        ReviewDays = pack.Parameter<int>("incidentReviewDays");
        VerifiableEvidence = pack.Parameter<AviType[]>("verifiableAviTypes").ToFrozenSet();
        ProhibitedReasons = pack.Parameter<RecordingReason[]>("prohibitedReasons").ToFrozenSet();
        NotRecordedOutcomes = pack.Parameter<RecordingOutcome[]>("ncrsNotRecordedOutcomes").ToFrozenSet();
        PlaceholderTexts = pack.Parameter<string[]>("placeholderTexts").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The group of the rape disclosures (INCIDENT-002, Critical).</summary>
    public const string RapeGroup = "RAPE";

    /// <summary>The group of the other sexual-offence disclosures (INCIDENT-002).</summary>
    public const string OtherSexualGroup = "OTHER_SEXUAL";

    public bool SharedPersonRefs { get; }

    public FrozenSet<IncidentQualifier> CrimeIndicativeQualifiers { get; }

    /// <summary>Entries <c>scheme/code</c>.</summary>
    public FrozenSet<string> CrimeIndicativeCodes { get; }

    public FrozenDictionary<AllegationType, string> AllegationGroups { get; }

    public FrozenSet<RecordingReason> RapeNotRecordedGrounds { get; }

    public int OpenDays { get; }

    public int ReviewDays { get; }

    public FrozenSet<AviType> VerifiableEvidence { get; }

    public FrozenSet<RecordingReason> ProhibitedReasons { get; }

    public FrozenSet<RecordingOutcome> NotRecordedOutcomes { get; }

    public FrozenSet<string> PlaceholderTexts { get; }

    /// <summary>Reads the incident parameters of a pack.</summary>
    /// <exception cref="InvalidOperationException">A parameter is missing or an <c>allegationGroups</c> entry is malformed.</exception>
    public static IncidentParameters From(RulePack pack)
    {
        try
        {
            return new IncidentParameters(pack);
        }
        catch (KeyNotFoundException error)
        {
            throw new InvalidOperationException($"The pack lacks a parameter the incident rules need ({error.Message}).", error);
        }
    }

    /// <summary>The group of an allegation type (itself when the table does not name it).</summary>
    public string GroupOf(AllegationType type) => AllegationGroups.GetValueOrDefault(type) ?? EnumNames.Of(type);

    /// <summary>Whether a code of a scheme is crime-indicative.</summary>
    public bool IsCrimeIndicativeCode(string? scheme, string? code) =>
        scheme is not null && code is not null && CrimeIndicativeCodes.Contains(scheme + "/" + code);

    /// <summary>Whether a text counts as no text at all.</summary>
    public bool IsPlaceholder(string? text) => string.IsNullOrWhiteSpace(text) || PlaceholderTexts.Contains(text.Trim());

    private static FrozenDictionary<AllegationType, string> ReadGroups(string[] entries)
    {
        var groups = new Dictionary<AllegationType, string>();
        foreach (var entry in entries)
        {
            var split = entry.Split('=', 2, StringSplitOptions.TrimEntries);
            var type = Enum.GetValues<AllegationType>().Cast<AllegationType?>().FirstOrDefault(t => split.Length == 2 && EnumNames.Of(t!.Value) == split[0]);
            if (type is null || string.IsNullOrEmpty(split[1]) || !groups.TryAdd(type.Value, split[1]))
            {
                throw new InvalidOperationException($"allegationGroups entry \"{entry}\" is not ALLEGATION_TYPE=GROUP with a known allegation type named once.");
            }
        }

        return groups.ToFrozenDictionary();
    }
}
