using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Compliance.Synthetic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Compliance.Rules.Tests.Reading;

/// <summary>
/// The decoder with the direct parser against the decoder before it (the serializer for every
/// record), result for result: the same record, or the same rejection — code, reason, JSON path,
/// byte position, line — on generated records, on mutations of them and on hand-made hostile ones.
/// </summary>
public sealed class DirectDecoderDifferentialTests
{
    private static readonly string Example = Compact(File.ReadAllText(SampleRecords.ExamplePath));
    private static readonly string Minimal = SampleRecords.Minimal("CR-M");

    private static readonly string[] Generated =
    [
        .. SyntheticRecords.Generate(new GeneratorOptions { Records = 2000, Seed = 16, Scenario = GeneratorScenario.Sapphire }).Select(RecordJson.Serialize),
        .. SyntheticRecords.Generate(new GeneratorOptions { Records = 600, Seed = 3, From = new(2024, 1, 1), To = new(2025, 12, 31) }).Select(RecordJson.Serialize),
    ];

    [Fact]
    public void Generated_records_are_read_by_the_direct_parser_into_the_records_the_serializer_reads()
    {
        var pair = new DecoderPair();
        foreach (var line in Generated)
        {
            pair.AssertSame(line);
        }

        pair.AssertSame(Example);
        pair.AssertSame(SampleRecords.ExampleIndented("CR-INDENTED"));
        pair.AssertSame(Minimal);

        // Every one of them went the direct way: the comparison above is of the new parser, not of the serializer with itself.
        Assert.Equal(Generated.Length + 3, pair.ReadDirectly);
        Assert.Equal(Generated.Length + 3, pair.Accepted);
    }

    public static TheoryData<string> Hostile()
    {
        var data = new TheoryData<string>();
        void Replace(string from, string to, string? within = null)
        {
            var record = within ?? Example;
            Assert.Contains(from, record, StringComparison.Ordinal);
            data.Add(record.Replace(from, to, StringComparison.Ordinal));
        }

        // Names: escaped, other case, unknown, given twice.
        Replace("\"schemaVersion\"", "\"schema\\u0056ersion\"");
        Replace("\"force\"", "\"Force\"");
        Replace("\"force\":{", "\"forces\":{");
        Replace("\"code\":\"MPS\"", "\"code\":\"MPS\",\"code\":\"MPS\"");
        Replace("\"seq\":1,", "\"seq\":1,\"seq\":1,");
        Replace("\"victimFeedback\":[]", "\"victimFeedback\":[],\"extra\":{\"a\":[1,2,{\"b\":null}]}");
        // Enum codes: escaped, other case, member names, numbers, overrides.
        Replace("\"FRONT_COUNTER\"", "\"FRONT\\u005FCOUNTER\"");
        Replace("\"FRONT_COUNTER\"", "\"front_counter\"");
        Replace("\"FRONT_COUNTER\"", "\"FrontCounter\"");
        Replace("\"FRONT_COUNTER\"", "\"Front_Counter\"");
        Replace("\"FRONT_COUNTER\"", "2");
        Replace("\"FRONT_COUNTER\"", "\"2\"");
        Replace("\"FRONT_COUNTER\"", "\"FRONT_COUNTER,ONLINE\"");
        Replace("\"FRONT_COUNTER\"", "null");
        Replace("\"PIP2\"", "\"PIP_2\"");
        Replace("\"PIP2\"", "\"pip2\"");
        Replace("\"INITIAL\"", "\"N100_TO_CRIME\"");
        Replace("\"INITIAL\"", "null");
        Replace("\"DOES_NOT_WANT_COURT\"", "null");
        Replace("\"DOES_NOT_WANT_COURT\"", "\"NOT_A_REASON\"");
        // Numbers and booleans.
        foreach (var seq in new[] { "1.0", "1e0", "\"1\"", "-0", "2147483648", "-2147483649", "1e400", "null", "true", "01" })
        {
            Replace("\"seq\":1,", $"\"seq\":{seq},");
        }

        foreach (var flag in new[] { "\"true\"", "1", "null", "TRUE" })
        {
            Replace("\"identified\":true", $"\"identified\":{flag}");
        }

        Replace("\"ageAtOffence\":27", "\"ageAtOffence\":null");
        Replace("\"ageAtOffence\":27", "\"ageAtOffence\":27.5");
        Replace("\"assertsEventDidNotHappen\":false", "\"assertsEventDidNotHappen\":null");
        // Timestamps: every form the converter knows, and many it does not.
        foreach (var at in Timestamps)
        {
            Replace("\"reportReceivedAt\":\"2008-11-04T22:41:00Z\"", $"\"reportReceivedAt\":\"{at}\"");
            Replace("\"sentAt\":\"2008-11-05T19:00:00Z\"", $"\"sentAt\":\"{at}\"");
        }

        Replace("\"reportReceivedAt\":\"2008-11-04T22:41:00Z\"", "\"reportReceivedAt\":null");
        Replace("\"reportReceivedAt\":\"2008-11-04T22:41:00Z\"", "\"reportReceivedAt\":20081104");
        Replace("\"sentAt\":\"2008-11-05T19:00:00Z\"", "\"sentAt\":null");
        // Dates.
        foreach (var day in new[] { "2006-1-1", "2006-01-01T00:00:00", "2006-02-30", "06-01-01", "2006-01-01 ", "2006\\u002D01-01", "null" })
        {
            Replace("\"validFrom\":\"2006-01-01\"", day == "null" ? "\"validFrom\":null" : $"\"validFrom\":\"{day}\"");
        }

        Replace("\"validFrom\":\"2006-01-01\"", "\"validFrom\":\"2006-01-01\",\"validTo\":\"2005-12-31\"");
        Replace("\"validFrom\":\"2006-01-01\"", "\"validFrom\":\"2006-01-01\",\"validTo\":null");
        // Strings: escapes, lone surrogates, other types, nulls, non-ASCII.
        Replace("\"OFF-0388\"", "\"OFF\\u002D0388\"");
        Replace("\"OFF-0388\"", "\"OFF-\\ud8000388\"");
        Replace("\"Southwark\"", "\"Southwark \\u00e9\\ud83d\\ude00 é\"");
        Replace("\"Southwark\"", "\"\"");
        Replace("\"Southwark\"", "null");
        Replace("\"Southwark\"", "12");
        Replace("\"SW-SAPPHIRE\",\"unitType\"", "null,\"unitType\"");
        Replace("\"MPS\"", "null");
        Replace("\"P-1\"", "\"" + new string('P', 300) + "\"");
        Replace("\"CR-2008-SW-004512\"", "\"  \"");
        Replace("\"CR-2008-SW-004512\"", "\"\"");
        Replace("\"CR-2008-SW-004512\"", "null");
        // Objects and lists: null, wrong kind, missing members, nulls inside, long lists.
        Replace("\"force\":{\"code\":\"MPS\",\"name\":\"Metropolitan Police Service\"}", "\"force\":null");
        Replace("\"force\":{\"code\":\"MPS\",\"name\":\"Metropolitan Police Service\"}", "\"force\":{}");
        Replace("\"force\":{\"code\":\"MPS\",\"name\":\"Metropolitan Police Service\"}", "\"force\":[]");
        Replace("\"incident\":{", "\"incident\":null,\"x\":{");
        Replace("\"victims\":[", "\"victims\":null,\"y\":[");
        Replace("\"victimFeedback\":[]", "\"victimFeedback\":null");
        Replace("\"victimFeedback\":[]", "\"victimFeedback\":{}");
        Replace("\"aviRefs\":[\"AVI-1\"]", "\"aviRefs\":[null]");
        Replace("\"aviRefs\":[\"AVI-1\"]", "\"aviRefs\":[\"AVI-1\",1]");
        Replace("\"vulnerabilityFlags\":[\"DOMESTIC_ABUSE_CONTEXT\"]", "\"vulnerabilityFlags\":[\"A\",null]");
        Replace("\"outcomes\":[]", "\"outcomes\":[null]");
        Replace("\"supportPresent\":[]", "\"supportPresent\":[null]");
        Replace("\"contentFlags\":{", "\"contentFlags\":null,\"z\":{");
        Replace("\"suspects\":[{\"personRef\":\"P-2\",\"identified\":true}]", "\"suspects\":[{\"personRef\":\"P-2\"}]");
        foreach (var count in new[] { 999, 1000, 1001 })
        {
            Replace("\"victimFeedback\":[]", "\"victimFeedback\":[" + string.Join(",", Enumerable.Repeat("{\"type\":\"OFFERED\",\"offeredAt\":\"2008-11-06T10:00:00Z\"}", count)) + "]");
            Replace("\"aviRefs\":[\"AVI-1\"]", "\"aviRefs\":[" + string.Join(",", Enumerable.Repeat("\"AVI-1\"", count)) + "]");
        }

        // Schema versions and the rules across fields.
        Replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"1.1\"");
        Replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"2.0\"");
        Replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":1.0");
        Replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":null");
        Replace("\"outcomes\":[]", "\"outcomes\":[{\"outcomeType\":15,\"assignedAt\":\"2008-12-01T10:00:00Z\",\"supersededAt\":\"2008-12-02T10:00:00Z\"}]");
        Replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"1.1\"", Example.Replace("\"outcomes\":[]", "\"outcomes\":[{\"outcomeType\":15,\"assignedAt\":\"2008-12-01T10:00:00Z\",\"supersededAt\":\"2008-11-30T10:00:00Z\"}]", StringComparison.Ordinal));
        Replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"1.1\"", Example.Replace("\"outcomes\":[]", "\"outcomes\":[{\"outcomeType\":15,\"assignedAt\":\"2008-12-01T10:00:00Z\",\"supersededAt\":\"2008-12-02T10:00:00Z\"}]", StringComparison.Ordinal));
        // The text around the record.
        data.Add(" \t" + Example + " \r");
        data.Add(Example + ",");
        data.Add(Example + "{}");
        data.Add(Example + " x");
        data.Add(Example[..^1] + ",}");
        data.Add(Example[..^1] + "/* c */}");
        data.Add(Example[..^1] + "//c\n}");
        data.Add("\uFEFF" + Example);
        data.Add(Example[..200]);
        data.Add("[" + Example + "]");
        data.Add("null");
        data.Add("{}");
        data.Add("\"x\"");
        data.Add(Example.Replace("\"name\":\"Metropolitan Police Service\"", "\"name\":{\"a\":[[[[[[[[[[1]]]]]]]]]]}", StringComparison.Ordinal));
        data.Add(Minimal);
        data.Add(Minimal.Replace("1.0", "1.1", StringComparison.Ordinal));
        return data;
    }

    private static readonly string[] Timestamps =
    [
        "2008-11-04T22:41Z", "2008-11-04T22:41:00.5Z", "2008-11-04T22:41:00.1234567Z", "2008-11-04T22:41:00.12345678Z",
        "2008-11-04T22:41:00.0000000Z", "2008-11-04T22:41:00.Z", "2008-11-04T22:41:00,5Z", "2008-11-04T22:41:00+01:00",
        "2008-11-04T22:41+05:30", "2008-11-04T22:41:00.25-03:00", "2008-11-04T22:41:00-00:00", "2008-11-04T22:41:00+00:00",
        "2008-11-04T22:41:00+13:59", "2008-11-04T22:41:00+14:00", "2008-11-04T22:41:00-14:00", "2008-11-04T22:41:00+14:01",
        "2008-11-04T22:41:00+15:00", "2008-11-04T22:41:00+1:00", "2008-11-04T22:41:00+0100", "2008-11-04T22:41:00+01",
        "2008-11-04t22:41:00Z", "2008-11-04 22:41:00Z", "2008-11-04T22:41:00", "2008-11-04T22:41:00z", "2008-11-04T24:00:00Z",
        "2008-11-04T23:60:00Z", "2008-11-04T22:41:60Z", "2008-02-29T10:00:00Z", "2009-02-29T10:00:00Z", "2000-02-29T00:00:00Z",
        "1900-02-29T00:00:00Z", "2008-13-01T00:00:00Z", "2008-00-10T00:00:00Z", "2008-11-00T00:00:00Z", "2008-11-31T00:00:00Z",
        "1900-01-01T00:00:00Z", "1900-01-01T00:30:00+01:00", "1899-12-31T23:30:00-01:00", "1899-12-31T23:59:59Z",
        "2199-12-31T23:59:59.9999999Z", "2200-01-01T00:30:00+01:00", "2199-12-31T23:30:00-01:00", "2200-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:00:00-05:00", "+2008-11-04T22:41:00Z",
        " 2008-11-04T22:41:00Z", "2008-11-04T22:41:00Z ", "2008-11-04T22:41:00\\u005A", "2008-11-04T22:41:00ZZ", "20081104T224100Z",
        "2008-11-04T22:41:00.123Z", "2008-11-04T2:41:00Z", "2008-1-04T22:41:00Z", "٢٠٠٨-11-04T22:41:00Z", "",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_records_get_the_same_result_from_both_decoders(string line) => new DecoderPair().AssertSame(line);

    [Fact]
    public void Repeated_ids_are_rejected_alike_whichever_decoder_read_the_first()
    {
        var pair = new DecoderPair();
        var first = Example;
        var escaped = Example.Replace("\"CR-2008-SW-004512\"", "\"CR\\u002D2008-SW-004512\"", StringComparison.Ordinal);
        var broken = Example.Replace("\"seq\":1,", "\"seq\":\"1\",", StringComparison.Ordinal);
        foreach (var line in new[] { first, escaped, first, broken, Minimal, Minimal })
        {
            pair.AssertSame(line);
        }

        Assert.Equal(2, pair.Accepted);
        Assert.Equal(4, pair.Rejected);
    }

    private static Gen<string> Mutated =>
        from index in Gen.Choose(0, Generated.Length - 1)
        from how in Gen.Choose(0, 9)
        from pick in Gen.Choose(0, int.MaxValue - 1)
        from value in Gen.Elements(Values)
        select Mutate(Generated[index], how, pick, value);

    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e3", "2147483648", "9223372036854775808", "1e400", "\"\"", "\"x\"", "[]", "{}", "[null]",
        "\"2008-11-04T22:41:00Z\"", "\"2008-11-04T22:41:00+01:00\"", "\"2008-11-04\"", "\"1899-12-31T23:59:59Z\"", "\"2200-01-01T00:00:00Z\"",
        "\"ONLINE\"", "\"online\"", "\"PIP1\"", "\"N100_TO_CRIME\"", "\"\\ud800\"", "\"\\u0041\"", "\"1.0\"", "\"1.1\"", "[{}]", "[1,2]",
    ];

    [Property(MaxTest = 400)]
    public Property Mutated_generated_records_get_the_same_result_from_both_decoders() =>
        Prop.ForAll(Gen.ListOf(Mutated).Where(lines => lines.Count is > 0 and <= 8).ToArbitrary(), lines =>
        {
            var pair = new DecoderPair();
            foreach (var line in lines)
            {
                pair.AssertSame(line);
            }
        });

    [Property(MaxTest = 2000)]
    public Property The_common_timestamp_form_is_parsed_as_the_converter_parses_it() =>
        Prop.ForAll(TimestampTexts.ToArbitrary(), text =>
        {
            if (CanonicalTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var fast))
            {
                Assert.True(StrictTimestampConverter.TryParse(text, out var expected), text);
                Assert.Equal((expected.UtcTicks, expected.Offset), (fast.UtcTicks, fast.Offset));
            }
        });

    [Fact]
    public void The_common_timestamp_form_covers_what_exports_write()
    {
        // Not a comparison (the property above is): the forms that must stay on the fast road.
        foreach (var text in new[] { "2008-11-04T22:41:00Z", "2008-11-04T22:41Z", "2008-11-04T22:41:00.1234567Z", "2008-11-04T22:41:00+01:00", "2008-11-04T22:41:00-05:30" })
        {
            Assert.True(CanonicalTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var value), text);
            Assert.True(StrictTimestampConverter.TryParse(text, out var expected));
            Assert.Equal((expected.UtcTicks, expected.Offset), (value.UtcTicks, value.Offset));
        }
    }

    [Property(MaxTest = 3000)]
    public Property The_common_date_form_is_parsed_as_the_serializer_parses_it() =>
        Prop.ForAll(DateTexts.ToArbitrary(), text =>
        {
            var json = Encoding.UTF8.GetBytes($"{{\"type\":\"PIP2\",\"validFrom\":\"{text}\"}}");
            Accreditation? expected = null;
            try
            {
                expected = System.Text.Json.JsonSerializer.Deserialize<Accreditation>(json, RecordJson.Options);
            }
            catch (System.Text.Json.JsonException)
            {
            }

            // The fast road never accepts what the serializer refuses, and gives the same date when both accept.
            if (CanonicalDate.TryParse(Encoding.UTF8.GetBytes(text), out var fast))
            {
                Assert.NotNull(expected);
                Assert.Equal(expected.ValidFrom, fast);
            }
        });

    [Fact]
    public void The_common_date_form_covers_what_exports_write_and_leaves_the_rest_to_the_serializer()
    {
        // Worked out by hand: 2008 is a leap year, 2009 and 1900 are not, 2000 is.
        foreach (var (text, year, month, day) in new[] { ("2006-01-01", 2006, 1, 1), ("2008-02-29", 2008, 2, 29), ("2000-02-29", 2000, 2, 29), ("0001-01-01", 1, 1, 1), ("9999-12-31", 9999, 12, 31) })
        {
            Assert.True(CanonicalDate.TryParse(Encoding.UTF8.GetBytes(text), out var value), text);
            Assert.Equal(new DateOnly(year, month, day), value);
        }

        foreach (var text in new[] { "2009-02-29", "1900-02-29", "0000-01-01", "2006-00-01", "2006-13-01", "2006-04-31", "2006-01-00", "2006-1-01", "2006/01/01", "2006-01-01T00:00", " 2006-01-01", "２００６-01-01", "+006-01-01" })
        {
            Assert.False(CanonicalDate.TryParse(Encoding.UTF8.GetBytes(text), out _), text);
        }
    }

    private static Gen<string> DateTexts =>
        Gen.OneOf(
            from year in Gen.Choose(0, 10000)
            from month in Gen.Choose(0, 13)
            from day in Gen.Choose(0, 32)
            select string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"),
            from year in Gen.Choose(1990, 2010)
            from month in Gen.Choose(1, 12)
            from separator in Gen.Elements("-", "/", " ", "")
            from tail in Gen.Elements("", "Z", "T00:00", " ", "0")
            select string.Create(CultureInfo.InvariantCulture, $"{year:D4}{separator}{month:D2}-01{tail}"));

    private static Gen<string> TimestampTexts =>
        from year in Gen.Choose(1795, 2305)
        from month in Gen.Choose(0, 13)
        from day in Gen.Choose(0, 32)
        from hour in Gen.Choose(0, 25)
        from minute in Gen.Choose(0, 61)
        from second in Gen.Choose(-1, 61)
        from fraction in Gen.Choose(-1, 9)
        from digits in Gen.Choose(0, 9_999_999)
        from offset in Gen.Elements("Z", "+00:00", "-00:00", "+01:00", "-05:30", "+13:59", "+14:00", "-14:00", "+14:30", "+09:60", "+1:00", "z", "")
        select Timestamp(year, month, day, hour, minute, second, fraction, digits, offset);

    private static string Timestamp(int year, int month, int day, int hour, int minute, int second, int fraction, int digits, string offset)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{minute:D2}"));
        if (second >= 0)
        {
            text.Append(CultureInfo.InvariantCulture, $":{second:D2}");
            if (fraction >= 0)
            {
                text.Append('.').Append(digits.ToString("D7", CultureInfo.InvariantCulture).AsSpan(0, Math.Min(fraction, 7)));
                text.Append('5', Math.Max(0, fraction - 7));
            }
        }

        return text.Append(offset).ToString();
    }

    private static string Mutate(string line, int how, int pick, string value)
    {
        var record = JsonNode.Parse(line)!.AsObject();
        var values = new List<(JsonNode Parent, object Key)>();
        Collect(record, values);
        var (parent, key) = values[pick % values.Count];
        switch (how)
        {
            case <= 3:
                // Another value in place of one (of any kind, at any depth), written as raw text
                // (JsonNode refuses some of them, such as a lone surrogate escape).
                Set(parent, key, "@VALUE@");
                return record.ToJsonString().Replace("\"@VALUE@\"", value, StringComparison.Ordinal);
            case 4:
                // A member left out (required ones included).
                if (parent is JsonObject members)
                {
                    members.Remove((string)key);
                }

                return record.ToJsonString();
            case 5:
                // A null added to a list, or a list emptied.
                foreach (var (_, node) in record)
                {
                    if (node is JsonArray list && pick % 3 == 0)
                    {
                        list.Add(null);
                    }
                }

                return record.ToJsonString();
            case 6:
                // Cut off.
                var text = record.ToJsonString();
                return text[..(1 + (pick % (text.Length - 1)))];
            case 7:
                // A member's name escaped or changed in case, or the record wrapped.
                var json = record.ToJsonString();
                var name = key as string ?? "schemaVersion";
                return (pick % 3) switch
                {
                    0 => json.Replace($"\"{name}\":", $"\"\\u{(int)name[0]:x4}{name[1..]}\":", StringComparison.Ordinal),
                    1 => json.Replace($"\"{name}\":", $"\"{char.ToUpperInvariant(name[0])}{name[1..]}\":", StringComparison.Ordinal),
                    _ => $"[{json}]",
                };
            case 8:
                // A member given twice.
                return record.ToJsonString()[..^1] + $",\"{key as string ?? "crimeRecordId"}\":{value}}}";
            default:
                // Unchanged (so valid records mix with broken ones in a run).
                return line;
        }
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, object Key)> into)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var (name, child) in members)
                {
                    into.Add((members, name));
                    if (child is not null)
                    {
                        Collect(child, into);
                    }
                }

                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    into.Add((items, i));
                    if (items[i] is { } child)
                    {
                        Collect(child, into);
                    }
                }

                break;
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject members)
        {
            members[(string)key] = value;
        }
        else
        {
            ((JsonArray)parent)[(int)key] = value;
        }
    }

    private static string Compact(string json) => JsonNode.Parse(json)!.ToJsonString();
}
