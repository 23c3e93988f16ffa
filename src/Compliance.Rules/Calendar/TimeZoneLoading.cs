using System.Runtime.CompilerServices;

namespace Compliance.Rules.Calendar;

/// <summary>
/// Loads the calendar's time-zone data on a pool thread ahead of its first use.
/// </summary>
/// <remarks>
/// Why: a rule pack's timelines are the first to need <see cref="WorkingDayCalendar"/>, and setting
/// it up — NodaTime reads its whole embedded time-zone database — was about a tenth of the built-in
/// pack's load, on the loading thread (sampled profile of the packaged tool, docs/benchmarks.md).
/// A class of its own: touching a static field of the calendar would set the calendar up on the
/// caller's thread, the very cost to be moved.
/// </remarks>
internal static class TimeZoneLoading
{
    private static int Started;

    /// <summary>
    /// Starts setting the calendar up on a pool thread (once per process) and returns at once.
    /// Whoever needs the calendar before that is done waits for it; a failure is met there, as
    /// without this.
    /// </summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref Started, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                static _ =>
                {
                    try
                    {
                        RuntimeHelpers.RunClassConstructor(typeof(WorkingDayCalendar).TypeHandle);
                    }
                    catch (Exception)
                    {
                        // Nothing met on a pool thread may end the process: a failed set-up is met
                        // again by whoever uses the calendar (as a TypeInitializationException), and
                        // reported there.
                    }
                },
                null);
        }
    }
}
