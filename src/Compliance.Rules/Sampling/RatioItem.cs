namespace Compliance.Rules.Sampling;

/// <summary>One reviewed unit of a ratio estimate: x (e.g. crimes that should have been recorded) and y (e.g. those recorded).</summary>
/// <param name="X">x_i.</param>
/// <param name="Y">y_i.</param>
internal readonly record struct RatioItem(double X, double Y);
