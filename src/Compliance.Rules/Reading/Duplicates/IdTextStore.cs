using System.Runtime.InteropServices;

namespace Compliance.Rules.Reading;

/// <summary>
/// The text of every id the duplicate index remembers, packed one after the other as UTF-16 code
/// units behind a 32-bit length, outside the garbage-collected object graph: the first
/// <c>memoryBudget</c> code units in 128 KB blocks, the rest appended to a temporary file. An id
/// is read back only to confirm a 64-bit hash match (a repeated id, or two ids sharing a hash),
/// so the file is touched once per duplicate, never per record.
/// </summary>
/// <remarks>
/// Why not keep the records' id strings: a string per record that lives for the whole run is
/// promoted through every garbage-collector generation, and that, with a dictionary entry per id,
/// was 0.26 of the strict read's 1.79 s of CPU on 200 000 records (measured side by side, a read
/// without duplicate detection against one with). The spill file is removed from the directory
/// as soon as it is open (on Windows it is delete-on-close), so it never outlives the process; its
/// space is freed when the reader is collected or the process ends. When no file can be made
/// there, the texts stay in memory, as they did before.
/// </remarks>
internal sealed class IdTextStore
{
    private const int BlockLength = 1 << 16;

    // The first blocks are small and double up to BlockLength, so that a read of a few records
    // (a service's request) does not allocate a whole block: 128 KB of a one-record read's 300 KB.
    private const int FirstBlockLength = 256;

    private readonly List<char[]> _blocks = [];
    private readonly long _memoryBudget;
    private readonly Func<string> _directory;
    private long _inMemory;
    private int _filledInLast;
    private FileStream? _spill;
    private long _spilled;
    private bool _spillFailed;

    /// <param name="memoryBudget">Code units kept in memory before the rest goes to a file.</param>
    /// <param name="directory">Where the file goes (read when the budget is first exceeded).</param>
    public IdTextStore(long memoryBudget, Func<string> directory)
    {
        _memoryBudget = memoryBudget;
        _directory = directory;
    }

    /// <summary>Whether some texts went to the temporary file (tests).</summary>
    internal bool Spilled => _spilled > 0;

    /// <summary>Appends a text.</summary>
    /// <returns>Where it is, for <see cref="Matches"/>.</returns>
    public long Add(ReadOnlySpan<char> text)
    {
        var needed = text.Length + 2;
        if (_inMemory + needed > _memoryBudget && TrySpill() is { } spill)
        {
            var at = _spilled;
            Span<char> length = [(char)text.Length, (char)(text.Length >> 16)];
            spill.Write(MemoryMarshal.AsBytes(length));
            spill.Write(MemoryMarshal.AsBytes(text));
            _spilled += needed;
            return -1 - at;
        }

        return AddInMemory(text);
    }

    /// <summary>Whether the text at <paramref name="at"/> is <paramref name="text"/>, code unit for code unit.</summary>
    public bool Matches(long at, ReadOnlySpan<char> text)
    {
        if (at >= 0)
        {
            var block = _blocks[(int)(at >> 32)];
            var start = (int)(uint)at;
            var length = block[start] | (block[start + 1] << 16);
            return length == text.Length && block.AsSpan(start + 2, length).SequenceEqual(text);
        }

        return MatchesSpilled(-1 - at, text);
    }

    private long AddInMemory(ReadOnlySpan<char> text)
    {
        var needed = text.Length + 2;
        if (_blocks.Count == 0 || _filledInLast + needed > _blocks[^1].Length)
        {
            // A new block; an id longer than a block gets one of its own size.
            var length = _blocks.Count == 0 ? FirstBlockLength : Math.Min(BlockLength, _blocks[^1].Length * 2);
            _blocks.Add(new char[Math.Max(length, needed)]);
            _filledInLast = 0;
        }

        var last = _blocks[^1];
        var at = ((long)(_blocks.Count - 1) << 32) | (uint)_filledInLast;
        last[_filledInLast] = (char)text.Length;
        last[_filledInLast + 1] = (char)(text.Length >> 16);
        text.CopyTo(last.AsSpan(_filledInLast + 2));
        _filledInLast += needed;
        _inMemory += needed;
        return at;
    }

    private FileStream? TrySpill()
    {
        if (_spill is not null || _spillFailed)
        {
            return _spill;
        }

        try
        {
            var path = Path.Combine(_directory(), $"compliance-id-texts-{Guid.NewGuid():N}.tmp");
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 64 * 1024, FileOptions.DeleteOnClose);
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(path);
            }

            _spill = file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No room for a file: keep the texts in memory, as without the budget.
            _spillFailed = true;
        }

        return _spill;
    }

    private bool MatchesSpilled(long at, ReadOnlySpan<char> text)
    {
        var spill = _spill!;
        spill.Flush();
        Span<char> length = stackalloc char[2];
        ReadExactly(spill, length, at);
        if ((length[0] | (length[1] << 16)) != text.Length)
        {
            return false;
        }

        var stored = new char[text.Length];
        ReadExactly(spill, stored, at + 2);
        return text.SequenceEqual(stored);
    }

    private static void ReadExactly(FileStream spill, Span<char> into, long at)
    {
        var bytes = MemoryMarshal.AsBytes(into);
        var offset = at * sizeof(char);
        while (!bytes.IsEmpty)
        {
            var read = RandomAccess.Read(spill.SafeFileHandle, bytes, offset);
            if (read == 0)
            {
                throw new IOException($"The temporary file {spill.Name} of remembered ids ends early: it was changed while the records were read.");
            }

            bytes = bytes[read..];
            offset += read;
        }
    }
}
