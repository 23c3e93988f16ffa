namespace Compliance.Cli.History;

/// <summary>What storing a record did.</summary>
internal enum PutResult
{
    /// <summary>The key was not stored before.</summary>
    Added,

    /// <summary>A different copy of the key was stored: this one replaced it.</summary>
    Replaced,

    /// <summary>The stored copy is the same record: nothing changed.</summary>
    Unchanged,
}
