using Compliance.Rules.Calendar;

namespace Compliance.Synthetic;

/// <summary>
/// The incident code scheme of a force on a day, and the code of a category in it. Forces coded
/// incidents with their own categories until they adopted the National Standard for Incident
/// Recording: the generator writes <c>NSIR-2007</c> from April 2007 and <c>NSIR-2011</c> (the
/// revised National Incident Category List, effective 1 April 2011) from April 2011. The
/// Metropolitan Police kept its own command-and-control codes longer: its systems took NSIR in the
/// week beginning 26 July 2010 (Metropolitan Police Authority briefing paper 28/2010, 19 July
/// 2010), so an MPS incident received before then is coded <c>FORCE:MPS</c>.
/// </summary>
/// <remarks>
/// The NSIR code names are the category names in capitals with underscores, as the rule pack's
/// crime-indicative table spells them; crimes carry <c>CRIME</c> in every scheme (a crime is
/// classified by the counting rules, not by the incident list). The <c>FORCE:MPS</c> codes are
/// the generator's own short names: the Met's pre-2010 codes are not public, so none of them is a
/// real code.
/// </remarks>
internal static class IncidentCodes
{
    /// <summary>The first day of NSIR in forces that adopted it when it started.</summary>
    public static readonly DateOnly Nsir2007 = new(2007, 4, 1);

    /// <summary>The first day of the 2011 National Incident Category List.</summary>
    public static readonly DateOnly Nsir2011 = new(2011, 4, 1);

    /// <summary>The Monday of the week in which the MPS systems took NSIR.</summary>
    public static readonly DateOnly MetropolitanNsir = new(2010, 7, 26);

    /// <summary>The scheme a force coded an incident received at <paramref name="at"/> in.</summary>
    public static string SchemeAt(string forceCode, DateTimeOffset at)
    {
        var day = WorkingDayCalendar.LondonDate(at);
        var ownCodesUntil = forceCode == ForceModel.ForceCode ? MetropolitanNsir : Nsir2007;
        return day < ownCodesUntil ? "FORCE:" + forceCode
            : day < Nsir2011 ? "NSIR-2007"
            : "NSIR-2011";
    }

    /// <summary>The code of a category in a scheme.</summary>
    public static string Code(string scheme, IncidentCategory category) => scheme switch
    {
        "NSIR-2011" => category switch
        {
            IncidentCategory.Crime => "CRIME",
            IncidentCategory.ConcernForSafety => "CONCERN_FOR_SAFETY",
            IncidentCategory.DomesticIncident => "DOMESTIC_INCIDENT",
            IncidentCategory.SuspiciousCircumstances => "SUSPICIOUS_CIRCUMSTANCES",
            IncidentCategory.AsbPersonal => "ASB_PERSONAL",
            IncidentCategory.AsbNuisance => "ASB_NUISANCE",
            IncidentCategory.LostProperty => "LOST_FOUND_PROPERTY",
            IncidentCategory.RoadRelated => "ROAD_RELATED_INCIDENT",
            IncidentCategory.AbandonedCall => "ABANDONED_CALL",
            _ => "CIVIL_DISPUTE",
        },
        "NSIR-2007" => category switch
        {
            IncidentCategory.Crime => "CRIME",
            IncidentCategory.ConcernForSafety => "CONCERN_FOR_SAFETY",
            IncidentCategory.DomesticIncident => "DOMESTIC_INCIDENT",
            IncidentCategory.SuspiciousCircumstances => "SUSPICIOUS_CIRCUMSTANCES",
            IncidentCategory.AsbPersonal or IncidentCategory.AsbNuisance => "ROWDY_NUISANCE_BEHAVIOUR",
            IncidentCategory.LostProperty => "LOST_FOUND_PROPERTY",
            IncidentCategory.RoadRelated => "ROAD_RELATED_INCIDENT",
            IncidentCategory.AbandonedCall => "ABANDONED_CALL",
            _ => "CIVIL_DISPUTE",
        },
        _ => category switch
        {
            IncidentCategory.Crime => "CRIME",
            IncidentCategory.ConcernForSafety => "CONCERN",
            IncidentCategory.DomesticIncident => "DOMESTIC",
            IncidentCategory.SuspiciousCircumstances => "SUSPICIOUS",
            IncidentCategory.AsbPersonal or IncidentCategory.AsbNuisance => "ASB",
            IncidentCategory.LostProperty => "PROPERTY",
            IncidentCategory.RoadRelated => "ROAD",
            IncidentCategory.AbandonedCall => "ABANDONED",
            _ => "CIVIL",
        },
    };
}
