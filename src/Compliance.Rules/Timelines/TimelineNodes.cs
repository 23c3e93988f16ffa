using System.Text.Json.Nodes;

namespace Compliance.Rules.Timelines;

/// <summary>The timelines of a pack as JSON objects per timeline name: what policy edits work on. Never mutated once a pack holds it.</summary>
internal sealed class TimelineNodes
{
    private readonly Dictionary<string, List<JsonObject>> _nodes;

    public TimelineNodes(Dictionary<string, List<JsonObject>> nodes) => _nodes = nodes;

    /// <summary>A deep copy to edit.</summary>
    public Dictionary<string, List<JsonObject>> Copy() =>
        _nodes.ToDictionary(p => p.Key, p => p.Value.Select(e => (JsonObject)e.DeepClone()).ToList(), StringComparer.Ordinal);
}
