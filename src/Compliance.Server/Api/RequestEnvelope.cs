using System.Text.Json;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Microsoft.AspNetCore.Http.Features;

namespace Compliance.Server.Api;

/// <summary>
/// A request body read and checked: well-formed JSON (else 400 with the path), at most 1 MiB (else 413),
/// an object with only the properties the endpoint knows, records the strict reader accepts (else 422
/// with the reader's reasons, paths relative to the body), a strict as-of and a known severity.
/// </summary>
internal sealed class RequestEnvelope : IDisposable
{
    private readonly JsonDocument _document;

    private RequestEnvelope(JsonDocument document) => _document = document;

    /// <summary>Reads the body; on failure the second item is the answer to send.</summary>
    public static async Task<(RequestEnvelope? Envelope, IResult? Problem)> ReadAsync(HttpContext context, params string[] known)
    {
        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            return (null, Problems.Create(StatusCodes.Status413PayloadTooLarge, "The request body is too large", $"A request body may hold at most {limit} bytes."));
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel refused the body's framing (a malformed chunk, say): the client's fault, with
            // Kestrel's status code, never a 500.
            return (null, Problems.Create(e.StatusCode, "The request body could not be read", "The body's framing is invalid (Content-Length or chunked encoding); nothing was evaluated."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            var (path, line, message) = JsonSyntax.Locate(body);
            return (null, BadRequest(new ProblemError(path, "NotJson", message, line)));
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return (null, BadRequest(new ProblemError("$", "NotAnObject", "the body must be a JSON object")));
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                var name = property.Name;
                document.Dispose();
                return (null, BadRequest(new ProblemError($"$.{name}", "UnknownProperty", $"unknown property; this endpoint takes {string.Join(", ", known)}")));
            }
        }

        return (new RequestEnvelope(document), null);
    }

    /// <summary>Reads a record property with the strict reader.</summary>
    /// <param name="name">The property.</param>
    /// <param name="allowNull">Whether null (or absence) means "no record".</param>
    /// <param name="record">The record, when there is one.</param>
    /// <param name="problem">The answer to send when the property is missing or the reader rejects it.</param>
    public bool TryRecord(string name, bool allowNull, out CrimeRecord? record, out IResult? problem)
    {
        record = null;
        problem = null;
        if (!_document.RootElement.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (allowNull)
            {
                return true;
            }

            problem = BadRequest(new ProblemError($"$.{name}", "Missing", $"\"{name}\" is required: a record in the strict record model"));
            return false;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(element.GetRawText());
        using var stream = new MemoryStream(bytes);
        var result = new RecordReader().Read(stream, name, RecordInputFormat.Json).First();
        switch (result)
        {
            case ParsedRecord parsed:
                record = parsed.Record;
                return true;
            case Rejection rejection:
                var path = rejection.JsonPath is { } relative ? $"$.{name}{relative[1..]}" : $"$.{name}";
                problem = Problems.Create(
                    StatusCodes.Status422UnprocessableEntity,
                    "The record was rejected",
                    "The record does not fit the strict record model; nothing was evaluated.",
                    [new ProblemError(path, rejection.Code.ToString(), rejection.Reason)]);
                return false;
            default:
                throw new InvalidOperationException("The reader returned neither a record nor a rejection.");
        }
    }

    /// <summary>Reads <c>asOf</c>: a timestamp with an offset, or <paramref name="now"/> when absent.</summary>
    public bool TryAsOf(DateTimeOffset now, out DateTimeOffset asOf, out IResult? problem)
    {
        asOf = now;
        problem = null;
        if (!_document.RootElement.TryGetProperty("asOf", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind == JsonValueKind.String && StrictTimestampConverter.TryParse(element.GetString()!, out asOf))
        {
            return true;
        }

        problem = BadRequest(new ProblemError("$.asOf", "InvalidValue", "expected an ISO 8601 timestamp with an offset, e.g. 2010-01-01T00:00:00Z"));
        return false;
    }

    /// <summary>Reads <c>blockAt</c>: a severity name, or null when absent.</summary>
    public bool TryBlockAt(out Severity? blockAt, out IResult? problem)
    {
        blockAt = null;
        problem = null;
        if (!_document.RootElement.TryGetProperty("blockAt", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind == JsonValueKind.String && Enum.TryParse<Severity>(element.GetString(), ignoreCase: false, out var severity)
            && Enum.IsDefined(severity) && !char.IsDigit(element.GetString()![0]))
        {
            blockAt = severity;
            return true;
        }

        problem = BadRequest(new ProblemError("$.blockAt", "InvalidValue", "expected Low, Medium, High or Critical"));
        return false;
    }

    public void Dispose() => _document.Dispose();

    private static IResult BadRequest(ProblemError error) =>
        Problems.Create(StatusCodes.Status400BadRequest, "The request body is not valid", "See errors for where and why.", [error]);
}
