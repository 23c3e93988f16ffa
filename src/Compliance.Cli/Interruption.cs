using System.Runtime.InteropServices;

namespace Compliance.Cli;

/// <summary>
/// SIGINT and SIGTERM become a cancellation the audit checks between batches, instead of the
/// process ending wherever it is: the run then removes its temporary report and exits 130 or
/// 143, and nothing half-written is left at <c>--output</c>. A second signal of the same kind
/// ends the process at once (the runtime's default), for a run that does not stop in time.
/// </summary>
internal static class Interruption
{
    private static readonly CancellationTokenSource Source = new();
    private static readonly List<PosixSignalRegistration> Registrations = [];
    private static int SignalCode;

    /// <summary>Cancelled when SIGINT or SIGTERM arrives.</summary>
    public static CancellationToken Token => Source.Token;

    /// <summary>The exit code of the signal received (130 or 143), or null when none was.</summary>
    public static int? ExitCode => Volatile.Read(ref SignalCode) switch
    {
        0 => null,
        var code => code,
    };

    /// <summary>Starts listening (once, from <c>Program</c>).</summary>
    public static void Listen()
    {
        Registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Handle(context, ExitCodes.Interrupted)));
        Registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Handle(context, ExitCodes.Terminated)));
    }

    private static void Handle(PosixSignalContext context, int code)
    {
        if (Interlocked.CompareExchange(ref SignalCode, code, 0) == 0)
        {
            context.Cancel = true;
            Source.Cancel();
        }
    }
}
