namespace Compliance.Monitoring.Study;

/// <summary>One metric's event stream of one unit: events a month, the in-control rate, and the rate under the practice.</summary>
/// <param name="Metric">The metric id.</param>
/// <param name="EventsPerMonth">Mean events a month (Poisson).</param>
/// <param name="InControlRate">The rate before the practice (and of the peers).</param>
/// <param name="PracticeRate">The practising unit's rate from the onset.</param>
public sealed record StreamProfile(string Metric, double EventsPerMonth, double InControlRate, double PracticeRate);
