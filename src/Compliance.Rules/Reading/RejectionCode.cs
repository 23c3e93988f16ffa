namespace Compliance.Rules.Reading;

/// <summary>Why an input record was rejected (a stable code for reports; <see cref="Rejection.Reason"/> says it in words).</summary>
public enum RejectionCode
{
    /// <summary>The bytes are not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>The text is not well-formed JSON (or has content after the record).</summary>
    NotJson,

    /// <summary>The JSON ends before the record (or a <c>.json</c> array) is complete: the input was probably cut off.</summary>
    Truncated,

    /// <summary>Well-formed JSON, but not an object (an array, string, number, boolean or null).</summary>
    NotAnObject,

    /// <summary>Longer than <see cref="RecordReaderOptions.MaxRecordBytes"/> (skipped without being read), or a list longer than <see cref="RecordReaderOptions.MaxListLength"/>.</summary>
    TooLarge,

    /// <summary>Nested deeper than the record model allows (<c>RecordJson.MaxDepth</c>).</summary>
    TooDeep,

    /// <summary><c>schemaVersion</c> is not a version this library reads.</summary>
    UnsupportedSchemaVersion,

    /// <summary>The object does not fit the record model (unknown property or enum value, wrong type, missing field…).</summary>
    InvalidRecord,

    /// <summary><c>crimeRecordId</c> is empty or only white space.</summary>
    EmptyCrimeRecordId,

    /// <summary><c>crimeRecordId</c> was already read earlier in the same run.</summary>
    DuplicateCrimeRecordId,

    /// <summary>The array of a <c>.json</c> file is malformed between records (missing or extra comma, content after the closing bracket).</summary>
    MalformedArray,

    /// <summary>
    /// Part of the input was not read at all: a record of a <c>.json</c> array never ends, so what
    /// follows it could not be split into records. Not a record; its position says where the
    /// unread part starts.
    /// </summary>
    UnreadInput,

    /// <summary>The object does not fit the incident model (unknown property or enum value, wrong type, missing field, impossible dates…).</summary>
    InvalidIncident,

    /// <summary><c>incidentId</c> is empty or only white space.</summary>
    EmptyIncidentId,

    /// <summary><c>incidentId</c> was already read earlier in the same run.</summary>
    DuplicateIncidentId,
}
