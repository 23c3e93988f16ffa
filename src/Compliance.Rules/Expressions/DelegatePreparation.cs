using System.Runtime.CompilerServices;

namespace Compliance.Rules.Expressions;

/// <summary>
/// Has the runtime compile the machine code of freshly compiled expression delegates on a pool
/// thread, ahead of their first call.
/// </summary>
/// <remarks>
/// Why: a compiled expression is a dynamic method whose machine code is produced at its first call.
/// For the built-in pack that was ~140 methods and 65–75 ms on the thread that evaluates the first
/// batch of an audit, while the second core waited for work (JIT events of a 200 000-record audit).
/// Preparing them elsewhere takes that off the first batch; a delegate called before it is prepared
/// is compiled by its caller as before (the runtime compiles each method once), so the order of
/// preparation only decides how much is saved, never what a delegate does.
/// </remarks>
internal static class DelegatePreparation
{
    /// <summary>Starts preparing <paramref name="delegates"/>, in order, on a pool thread; returns at once.</summary>
    /// <param name="delegates">The delegates, enumerated on that thread (so they may be compiled there too).</param>
    /// <returns>The preparation (for tests; callers need not wait for it).</returns>
    public static Task StartInBackground(IEnumerable<Delegate> delegates)
    {
        return Task.Run(() =>
        {
            foreach (var compiled in delegates)
            {
                try
                {
                    RuntimeHelpers.PrepareDelegate(compiled);
                }
                catch (Exception)
                {
                    // Code the runtime cannot compile fails again, where it is called, and is reported there.
                }
            }
        });
    }
}
