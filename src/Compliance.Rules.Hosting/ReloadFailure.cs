using Compliance.Rules.Packs;

namespace Compliance.Rules.Hosting;

/// <summary>A reload that failed: when, and every problem of the file.</summary>
/// <param name="At">When the reload was attempted.</param>
/// <param name="Problems">The problems.</param>
internal sealed record ReloadFailure(DateTimeOffset At, IReadOnlyList<PackError> Problems);
