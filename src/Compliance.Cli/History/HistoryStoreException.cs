namespace Compliance.Cli.History;

/// <summary>
/// The history store cannot be used as asked (in use by another run, written by a newer tool or with
/// another pack, not a store): a usage error (exit 2) whose message says what to do.
/// </summary>
internal sealed class HistoryStoreException(string message) : Exception(message);
