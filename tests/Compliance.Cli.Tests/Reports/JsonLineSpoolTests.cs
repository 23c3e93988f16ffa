using System.Text;
using System.Text.Json;
using Compliance.Cli.Reports.Json;

namespace Compliance.Cli.Tests.Reports;

public sealed class JsonLineSpoolTests
{
    [Fact]
    public void Values_come_back_in_order_even_when_one_is_longer_than_a_read_block()
    {
        string[] values = ["short", new string('x', 200_000), "line\nbreak \"quoted\"", "last"];
        using var spool = new JsonLineSpool();
        foreach (var value in values)
        {
            spool.Append(writer => writer.WriteStringValue(value));
        }

        using var output = new MemoryStream();
        output.WriteByte((byte)'[');
        spool.CopyTo(output, "  "u8);
        output.WriteByte((byte)']');

        Assert.Equal(4, spool.Count);
        Assert.Equal(values, JsonSerializer.Deserialize<string[]>(Encoding.UTF8.GetString(output.ToArray())));
    }

    [Fact]
    public void An_empty_spool_writes_nothing()
    {
        using var spool = new JsonLineSpool();
        using var output = new MemoryStream();
        spool.CopyTo(output, "  "u8);

        Assert.Equal(string.Empty, Encoding.UTF8.GetString(output.ToArray()));
    }
}
