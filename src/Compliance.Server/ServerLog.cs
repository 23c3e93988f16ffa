namespace Compliance.Server;

/// <summary>The server's log events (source-generated): key names, hash prefixes, methods and paths, never a key or a record's text.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(101, LogLevel.Information, "{Method} {Path} by key {KeyName}")]
    public static partial void KnownKey(ILogger logger, string keyName, string method, string path);

    [LoggerMessage(102, LogLevel.Warning, "{Method} {Path} refused: unknown-key {KeyHashPrefix}")]
    public static partial void UnknownKey(ILogger logger, string keyHashPrefix, string method, string path);

    [LoggerMessage(103, LogLevel.Information, "Key file {KeyFile} loaded: {KeyCount} key(s)")]
    public static partial void KeyFileLoaded(ILogger logger, string keyFile, int keyCount);

    [LoggerMessage(104, LogLevel.Error, "Key file {KeyFile} refused: {ProblemCount} problem(s); the {KeyCount} key(s) loaded before stay in force")]
    public static partial void KeyFileRefused(ILogger logger, string keyFile, int problemCount, int keyCount);

    [LoggerMessage(105, LogLevel.Error, "Key file problem: {Problem}")]
    public static partial void KeyFileProblem(ILogger logger, string problem);

    [LoggerMessage(106, LogLevel.Information, "{Method} {Path} rejected the record: {RejectionCode} at {JsonPath}")]
    public static partial void RecordRejected(ILogger logger, string method, string path, string rejectionCode, string? jsonPath);

    [LoggerMessage(107, LogLevel.Warning, "Listening without API keys on loopback only: {Endpoints}")]
    public static partial void NoKeys(ILogger logger, string endpoints);
}
