using System.Globalization;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>Victims and suspects of a record (<c>P-1</c>, <c>P-2</c> …), with ages and vulnerability codes only.</summary>
internal static class People
{
    public static void AddVictimsAndSuspect(CaseContext context)
    {
        var random = context.Random;
        var offence = context.Offence;
        var draft = context.Draft;

        draft.Victims.Add(Victim(random, offence, "P-1"));

        // One crime per victim (NCRS-005) only binds serious groups; a household burglary or a
        // damaged family car can have two victims on one record.
        if (!offence.IsSerious && offence.Victim == VictimKind.Household && random.Chance(0.12))
        {
            draft.Victims.Add(Victim(random, offence, "P-2"));
        }

        var suspectRef = "P-" + (draft.Victims.Count + 1).ToString(CultureInfo.InvariantCulture);
        if (random.Chance(offence.SuspectIdentified))
        {
            draft.Suspects.Add(new Suspect { PersonRef = suspectRef, Identified = true });
        }
        else if (random.Chance(0.4))
        {
            // A described but unidentified suspect.
            draft.Suspects.Add(new Suspect { PersonRef = suspectRef, Identified = false });
        }
    }

    /// <summary>Children's reports come through a parent or a professional; adults mostly report themselves.</summary>
    public static (ReportChannel Channel, ReporterType Reporter) ReportedBy(CaseContext context, Weighted<ReportChannel> adultChannels)
    {
        var random = context.Random;
        if (context.Draft.Victims[0].AgeAtOffence is < 16)
        {
            return random.Chance(0.5)
                ? (ReportChannel.ThirdPartyReferral, ReporterType.Professional)
                : (random.Chance(0.6) ? ReportChannel.NonEmergencyCall : ReportChannel.FrontCounter, ReporterType.ThirdParty);
        }

        var channel = adultChannels.Pick(random);
        return (channel, channel == ReportChannel.ThirdPartyReferral ? ReporterType.Professional : ReporterType.Victim);
    }

    private static Victim Victim(SyntheticRandom random, Offence offence, string personRef)
    {
        if (offence.Victim == VictimKind.Business)
        {
            return new Victim { PersonRef = personRef, EnhancedRightsEligible = false };
        }

        var age = offence.Victim switch
        {
            VictimKind.Child => random.Between(4, 12),
            VictimKind.YoungPerson => random.Between(13, 15),
            VictimKind.DomesticAbuse => random.Between(18, 64),
            VictimKind.Household => random.Between(21, 88),
            _ when offence.IsSexual => 16 + random.SkewedBetween(0, 44),
            _ => 14 + random.SkewedBetween(0, 66),
        };

        var flags = new List<string>(2);
        if (age < 18)
        {
            flags.Add("UNDER_18");
        }

        if (offence.Victim == VictimKind.DomesticAbuse || (offence.Family == OffenceFamily.Rape && age >= 16 && random.Chance(0.2)))
        {
            flags.Add("DOMESTIC_ABUSE_CONTEXT");
        }

        if (random.Chance(offence.IsSexual ? 0.08 : 0.03))
        {
            flags.Add("MENTAL_HEALTH");
        }
        else if (random.Chance(0.02))
        {
            flags.Add("LEARNING_DISABILITY");
        }

        if (offence.Victim == VictimKind.Household && age >= 75 && random.Chance(0.5))
        {
            flags.Add("ELDERLY_VULNERABLE");
        }

        // Victims' Code: victims of sexual offences and domestic abuse, children and vulnerable
        // adults have enhanced rights (one working day instead of five).
        var enhanced = offence.IsSexual || flags.Count > 0;
        return new Victim { PersonRef = personRef, AgeAtOffence = age, EnhancedRightsEligible = enhanced, VulnerabilityFlags = flags.ToArray() };
    }
}
