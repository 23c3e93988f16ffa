namespace Compliance.Monitoring.Acceptance;

/// <summary>One alert of an audit report, as far as the acceptance figures need it.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Metric">The metric id.</param>
/// <param name="AlarmAt">The alarm instant.</param>
/// <param name="OnsetEstimate">The estimated onset.</param>
public sealed record AlertSeen(string UnitId, string Metric, DateTimeOffset AlarmAt, DateTimeOffset OnsetEstimate);
