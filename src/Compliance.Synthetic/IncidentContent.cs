using Compliance.Rules.Incidents;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// What an incident log says about its event: the opening code, the qualifiers and the
/// disclosures — a noisy function of the true offence, as call-takers and officers write them.
/// </summary>
/// <remarks>
/// The noise: about one true sexual offence in twelve carries neither a qualifier nor a
/// disclosure (a concern-for-safety or suspicious-circumstances call, nothing more); about one in
/// five is first told as something else, or not at all, and disclosed only in a later statement
/// (an ABE interview for a child); some assaults are coded as a concern for welfare and disclose
/// nothing an incident rule could read; a tenth of property crimes are coded as crimes with no
/// disclosure. The rules cannot see the offences these hide. The other way, a unit that lets
/// offences go also writes down some lawful decisions with no reason, which the rules cannot tell
/// from a decision that hides an offence.
/// </remarks>
internal sealed class IncidentContent(SyntheticRandom random, DateTimeOffset received, string scheme)
{
    /// <summary>The code scheme of the day.</summary>
    public string Scheme { get; } = scheme;

    /// <summary>The category at opening.</summary>
    public string OpeningCode { get; set; } = IncidentCodes.Code(scheme, IncidentCategory.Crime);

    /// <summary>Qualifiers flagged.</summary>
    public IReadOnlyList<IncidentQualifier> Qualifiers { get; set; } = [];

    /// <summary>Disclosures, in order.</summary>
    public IReadOnlyList<Disclosure> Disclosures { get; set; } = [];

    /// <summary>
    /// Describes a true offence. A disclosure that comes only in a later statement is taken before
    /// <paramref name="latestStatement"/> (for a recorded offence: before the recording decision,
    /// which is what the statement led to); when there is no time for one, the offence is told at
    /// first contact.
    /// </summary>
    public void Describe(AllegationType allegation, Offence offence, ReportChannel? channel, DateTimeOffset latestStatement)
    {
        var qualifiers = new List<IncidentQualifier>();
        var disclosures = new List<Disclosure>();
        var child = offence.Victim is VictimKind.Child or VictimKind.YoungPerson;
        var source = channel switch
        {
            ReportChannel.FrontCounter or ReportChannel.OfficerObserved => DisclosureSource.Attendance,
            ReportChannel.ThirdPartyReferral => DisclosureSource.Referral,
            _ => DisclosureSource.Call,
        };
        var firstAt = source == DisclosureSource.Attendance ? received.AddMinutes(random.Between(0, 90)) : received;
        var statementRoom = latestStatement - received > TimeSpan.FromHours(1);

        if (offence.IsSexual)
        {
            if (random.Chance(0.08))
            {
                // Nothing in the log says what happened.
                OpeningCode = IncidentCodes.Code(Scheme, random.Chance(0.6) ? IncidentCategory.ConcernForSafety : IncidentCategory.SuspiciousCircumstances);
                return;
            }

            OpeningCode = IncidentCodes.Code(Scheme, random.Chance(0.7) ? IncidentCategory.Crime : IncidentCategory.ConcernForSafety);
            if (random.Chance(0.92))
            {
                qualifiers.Add(IncidentQualifier.Sexual);
            }

            if (child)
            {
                qualifiers.Add(IncidentQualifier.ChildConcern);
            }

            if (statementRoom && random.Chance(0.22))
            {
                if (random.Chance(0.5))
                {
                    disclosures.Add(new Disclosure { DisclosedAt = firstAt, Source = source, AllegationType = AllegationType.Other, VictimPersonRef = "P-1" });
                }

                disclosures.Add(Later(allegation, child ? DisclosureSource.AbeInterview : DisclosureSource.Statement, latestStatement));
            }
            else
            {
                disclosures.Add(new Disclosure { DisclosedAt = firstAt, Source = source, AllegationType = allegation, VictimPersonRef = "P-1" });
            }
        }
        else if (offence.Family == OffenceFamily.Violence)
        {
            var domestic = offence.Victim == VictimKind.DomesticAbuse;
            if (random.Chance(0.15))
            {
                // An assault coded as a concern for welfare.
                OpeningCode = IncidentCodes.Code(Scheme, IncidentCategory.ConcernForSafety);
                if (random.Chance(0.5))
                {
                    disclosures.Add(new Disclosure { DisclosedAt = firstAt, Source = source, AllegationType = AllegationType.Other, VictimPersonRef = "P-1" });
                }

                if (domestic && random.Chance(0.75))
                {
                    qualifiers.Add(IncidentQualifier.DomesticAbuse);
                }
            }
            else
            {
                if (domestic && random.Chance(0.9))
                {
                    qualifiers.Add(IncidentQualifier.DomesticAbuse);
                }

                disclosures.Add(statementRoom && random.Chance(0.1)
                    ? Later(allegation, DisclosureSource.Statement, latestStatement)
                    : new Disclosure { DisclosedAt = firstAt, Source = source, AllegationType = allegation, VictimPersonRef = "P-1" });
            }
        }
        else if (random.Chance(0.9))
        {
            disclosures.Add(new Disclosure { DisclosedAt = firstAt, Source = source, AllegationType = allegation, VictimPersonRef = "P-1" });
        }

        Qualifiers = qualifiers;
        Disclosures = disclosures;
    }

    private Disclosure Later(AllegationType allegation, DisclosureSource source, DateTimeOffset latest)
    {
        var minutes = (int)Math.Min((latest - received).TotalMinutes, int.MaxValue);
        return new Disclosure { DisclosedAt = received.AddMinutes(random.Between(30, Math.Max(30, minutes))), Source = source, AllegationType = allegation, VictimPersonRef = "P-1" };
    }
}
