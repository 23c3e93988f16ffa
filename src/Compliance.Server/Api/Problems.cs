using Compliance.Server.Api;

namespace Compliance.Server;

/// <summary>Writes RFC 9457 problem details, with the reasons under <c>errors</c> when there are any.</summary>
internal static class Problems
{
    public static Task Write(HttpContext context, int status, string title, string detail, IReadOnlyList<ProblemError>? errors = null) =>
        Create(status, title, detail, errors).ExecuteAsync(context);

    public static IResult Create(int status, string title, string detail, IReadOnlyList<ProblemError>? errors = null) =>
        Results.Problem(
            detail: detail,
            statusCode: status,
            title: title,
            extensions: errors is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = errors });
}
