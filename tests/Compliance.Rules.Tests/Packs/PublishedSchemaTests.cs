using System.Text.Json.Nodes;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Packs;

/// <summary>The schemas published under docs/schemas are exactly what the types generate.</summary>
public sealed class PublishedSchemaTests
{
    public static TheoryData<string> Files => new() { "rule-pack.schema.json", "rule-policy.schema.json", "crime-record.schema.json" };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_published_schema_is_the_generated_one(string file)
    {
        var generated = file switch
        {
            "rule-pack.schema.json" => RulePackSchema.GeneratePack(),
            "rule-policy.schema.json" => RulePackSchema.GeneratePolicy(),
            _ => RecordSchema.Generate(),
        };
        var published = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "schemas", file)));

        Assert.True(JsonNode.DeepEquals(generated, published),
            $"docs/schemas/{file} is stale: regenerate it with `compliance rules schema` / `compliance rules schema --policy` / `compliance schema`");
    }

    [Fact]
    public void The_pack_schema_requires_what_the_loader_requires()
    {
        var schema = RulePackSchema.GeneratePack();
        var required = schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
        Assert.Equal(["kind", "id", "version", "offenceGroups", "rules"], required);
        Assert.Equal(["rulePack"], schema["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
    }
}
