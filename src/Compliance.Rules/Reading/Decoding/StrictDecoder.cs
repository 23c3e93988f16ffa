using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

/// <summary>
/// The checks every strictly read input element goes through, whatever its kind: valid UTF-8, the
/// strict model (with the shape checks to explain a refusal), no null in a list and no list over
/// the limit, a schema version the library reads, and a non-empty id that is unique in the run.
/// The record and incident decoders differ only in what they hand on.
/// </summary>
/// <typeparam name="T">The model of the element.</typeparam>
internal sealed class StrictDecoder<T>
    where T : class
{
    private const int MaxQuotedIdLength = 64;

    private readonly InputModel _model;
    private readonly ElementParser _parse;
    private readonly Func<T, string?> _schemaVersion;
    private readonly ElementId _id;
    private readonly CrimeRecordIdIndex? _ids;
    private readonly IReadOnlyList<string> _sourceNames;
    private readonly int _maxListLength;
    private readonly DirectParser? _direct;
    private readonly byte[] _idProperty;

    /// <param name="model">What kind of element is read.</param>
    /// <param name="parse">The strict model parser (throws <see cref="JsonException"/>).</param>
    /// <param name="schemaVersion">The element's <c>schemaVersion</c>.</param>
    /// <param name="id">The element's id and how its problems are reported.</param>
    /// <param name="ids">The run's duplicate index; null when repeated ids are not rejected.</param>
    /// <param name="sourceNames">The run's sources by index (to name where a duplicate was first read).</param>
    /// <param name="maxListLength">The most entries a list of an element may have.</param>
    /// <param name="direct">A faster parser tried first (see <see cref="DirectParser"/>), or null.</param>
    public StrictDecoder(InputModel model, ElementParser parse, Func<T, string?> schemaVersion, ElementId id, CrimeRecordIdIndex? ids, IReadOnlyList<string> sourceNames, int maxListLength, DirectParser? direct = null)
    {
        _model = model;
        _parse = parse;
        _schemaVersion = schemaVersion;
        _id = id;
        _ids = ids;
        _sourceNames = sourceNames;
        _maxListLength = maxListLength;
        _direct = direct;
        _idProperty = Encoding.UTF8.GetBytes(id.Property);
    }

    /// <summary>
    /// A faster parser tried first: the element when it accepts it plainly (then no list of it holds
    /// a null or is over the limit), null to leave the element to <see cref="ElementParser"/>, whose
    /// errors every rejection is worded on.
    /// </summary>
    public delegate T? DirectParser(ReadOnlySpan<byte> json);

    /// <summary>Parses the element from its bytes (strict model and its content rules).</summary>
    public delegate T ElementParser(ReadOnlySpan<byte> json);

    /// <summary>Decodes one element: the element, or why it is refused.</summary>
    /// <param name="json">The element, without its line end.</param>
    /// <param name="origin">Where it starts.</param>
    /// <param name="element">The element, when it is accepted.</param>
    /// <returns>Null when accepted; otherwise the rejection.</returns>
    public Rejection? Decode(ReadOnlySpan<byte> json, in RecordOrigin origin, out T? element)
    {
        // Only a rejection is looked at again: an accepted element costs one test more.
        var rejection = Check(json, origin, out element);
        return rejection is null ? null : Identified(rejection, json);
    }

    /// <summary>The rejection with the ids the element still gives away (for the join of incidents and records).</summary>
    private Rejection Identified(Rejection rejection, ReadOnlySpan<byte> json) => rejection with
    {
        Id = RejectedIds.TopLevel(json, _idProperty),
        NamedIncidentId = _id.NamedIncident is { } named ? RejectedIds.Nested(json, named.Parent, named.Property) : null,
    };

    private Rejection? Check(ReadOnlySpan<byte> json, in RecordOrigin origin, out T? element)
    {
        element = null;

        // The fast path parses straight away: an element the strict model accepts is well-formed,
        // complete, one object and shallow enough. The slower shape check runs only to explain a
        // failure (or a version mismatch) in terms the serializer cannot.
        if (!Utf8.IsValid(json))
        {
            return Reject(origin, RecordShape.Check(json, _model) ?? new(RejectionCode.InvalidUtf8, "not valid UTF-8", Offset: null));
        }

        T parsed;
        var direct = false;
        try
        {
            var quick = _direct?.Invoke(json);
            direct = quick is not null;
            parsed = quick ?? _parse(json);
        }
        catch (RecordContentException error)
        {
            return origin.Reject(_id.InvalidCode, error.Message, error.Path, null);
        }
        catch (JsonException error)
        {
            return RecordShape.Check(json, _model) is { } problem
                ? Reject(origin, problem)
                : origin.Reject(_id.InvalidCode, ModelErrorReasons.Describe(error, json, _model), error.Path, JsonErrorPosition.OffsetOf(error, json));
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Not expected from the serializer (it wraps what it knows in JsonException), but one
            // element's bytes must never end a run: whatever a value does to the parser is that
            // element's rejection. The exception's kind is named; its message may quote the value.
            return RecordShape.Check(json, _model) is { } problem
                ? Reject(origin, problem)
                : origin.Reject(_id.InvalidCode, $"the {_model.Noun} could not be read ({error.GetType().Name})");
        }

        return CheckParsed(json, origin, parsed, direct, out element);
    }

    /// <summary>
    /// Decodes one element the direct parser has already accepted on another thread
    /// (<see cref="DirectParser"/> of valid UTF-8): the checks that follow the parse, in the order
    /// <see cref="Decode"/> makes them, so the result is the one <see cref="Decode"/> gives.
    /// </summary>
    /// <param name="json">The element, without its line end.</param>
    /// <param name="origin">Where it starts.</param>
    /// <param name="parsed">What the direct parser made of exactly these bytes.</param>
    /// <param name="element">The element, when it is accepted.</param>
    /// <returns>Null when accepted; otherwise the rejection.</returns>
    public Rejection? DecodeParsed(ReadOnlySpan<byte> json, in RecordOrigin origin, T parsed, out T? element)
    {
        var rejection = CheckParsed(json, origin, parsed, direct: true, out element);
        return rejection is null ? null : Identified(rejection, json);
    }

    private Rejection? CheckParsed(ReadOnlySpan<byte> json, in RecordOrigin origin, T parsed, bool direct, out T? element)
    {
        element = null;
        switch (direct ? default : NullElements.Find(parsed, _model, _maxListLength))
        {
            case (NullElements.Problem.NullElement, var nullPath, _):
                return origin.Reject(_id.InvalidCode, "null is not allowed in a list: remove the element (an empty list is [])", nullPath);
            case (NullElements.Problem.TooLong, var listPath, var length):
                return origin.Reject(
                    RejectionCode.TooLarge,
                    $"the list has {length.ToString(CultureInfo.InvariantCulture)} entries; a {_model.Noun}'s lists may have at most {_maxListLength.ToString(CultureInfo.InvariantCulture)} each (rules compare lists pairwise, so longer ones would make one {_model.Noun} cost as much as a whole audit)",
                    listPath);
        }

        if (!_model.SchemaVersions.Contains(_schemaVersion(parsed)))
        {
            return Reject(origin, RecordShape.Check(json, _model) ?? new(RejectionCode.UnsupportedSchemaVersion, $"this library reads schema {(_model.SchemaVersions.Count == 1 ? "version" : "versions")} {_model.VersionsText}", Offset: null, "$.schemaVersion"));
        }

        var id = _id.Of(parsed);
        if (string.IsNullOrWhiteSpace(id))
        {
            return origin.Reject(_id.EmptyCode, $"{_id.Property} is empty: every {_model.Noun} needs the force's {_id.Described}", "$." + _id.Property);
        }

        if (_ids is not null && !_ids.TryAdd(id, origin.SourceIndex, origin.Line, out var firstSource, out var firstLine))
        {
            return origin.Reject(
                _id.DuplicateCode,
                $"{_id.Property} \"{Shorten(id)}\" was already read at {_sourceNames[firstSource]} line {firstLine}; the first {_model.Noun} with an id is kept",
                "$." + _id.Property);
        }

        element = parsed;
        return null;
    }

    private static string Shorten(string id) => id.Length <= MaxQuotedIdLength ? id : string.Concat(id.AsSpan(0, MaxQuotedIdLength), "…");

    private static Rejection Reject(in RecordOrigin origin, ShapeProblem problem) =>
        origin.Reject(problem.Code, problem.Reason, problem.JsonPath, problem.Offset);

    /// <summary>The id of an element kind and the codes of its problems.</summary>
    /// <param name="Property">The id's property name (<c>crimeRecordId</c>).</param>
    /// <param name="Described">What the id is, for "needs the force's …".</param>
    /// <param name="Of">The id of a parsed element.</param>
    /// <param name="InvalidCode">The code of a model error.</param>
    /// <param name="EmptyCode">The code of an empty id.</param>
    /// <param name="DuplicateCode">The code of a repeated id.</param>
    /// <param name="NamedIncident">Where an element names an incident (a crime record's <c>incident.incidentId</c>), read from a rejected one; null for none.</param>
    public sealed record ElementId(string Property, string Described, Func<T, string> Of, RejectionCode InvalidCode, RejectionCode EmptyCode, RejectionCode DuplicateCode, NestedProperty? NamedIncident = null);

    /// <summary>A property of a top-level object property, as UTF-8 names.</summary>
    /// <param name="Parent">The top-level property (<c>incident</c>).</param>
    /// <param name="Property">Its property (<c>incidentId</c>).</param>
    public sealed record NestedProperty(byte[] Parent, byte[] Property);
}
