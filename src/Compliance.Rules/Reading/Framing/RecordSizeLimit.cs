using System.Globalization;

namespace Compliance.Rules.Reading;

/// <summary>The wording of a too-large rejection, shared by both formats.</summary>
internal static class RecordSizeLimit
{
    public static string Describe(long length, int limit, string what) =>
        string.Create(CultureInfo.InvariantCulture,
            $"the {what} is {length:N0} bytes, more than the limit of {limit:N0} bytes per record (MaxRecordBytes); it was skipped without being read");
}
