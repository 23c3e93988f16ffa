using System.Runtime.InteropServices;

namespace Compliance.Rules.Reading;

/// <summary>
/// One sorted run of hashes in a temporary file: written once, then read back in order.
/// </summary>
/// <remarks>
/// The file must not outlive the process even when it is killed (Ctrl+C ends a .NET process
/// without running <c>finally</c> blocks): on Windows it is opened delete-on-close, which the
/// system honours when the handle closes for any reason; elsewhere its name is removed as soon as
/// it is open, and the space is freed when the handle closes.
/// </remarks>
internal sealed class HashRunFile : IDisposable
{
    private const int ReadBufferLength = 8 * 1024;

    private readonly FileStream _file;
    private ulong[]? _buffer;
    private int _at;
    private int _filled;

    private HashRunFile(FileStream file) => _file = file;

    /// <summary>Writes a sorted run to a new file in <paramref name="directory"/>.</summary>
    public static HashRunFile Write(string directory, ReadOnlySpan<ulong> sorted)
    {
        var path = Path.Combine(directory, $"compliance-ids-{Guid.NewGuid():N}.tmp");

        // Written in one call from the run itself: no FileStream buffer needed.
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(path);
            }

            file.Write(MemoryMarshal.AsBytes(sorted));
            return new HashRunFile(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Goes back to the first hash.</summary>
    public void StartReading()
    {
        _file.Position = 0;
        _buffer ??= new ulong[ReadBufferLength];
        _at = _filled = 0;
    }

    public bool TryRead(out ulong hash)
    {
        if (_at == _filled && !Refill())
        {
            hash = 0;
            return false;
        }

        hash = _buffer![_at++];
        return true;
    }

    public void Dispose() => _file.Dispose();

    private bool Refill()
    {
        var bytes = MemoryMarshal.AsBytes(_buffer.AsSpan());
        var read = _file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read % sizeof(ulong) != 0)
        {
            throw new IOException($"The temporary file {_file.Name} ends inside a hash: it was changed while the ids were being scanned.");
        }

        _at = 0;
        _filled = read / sizeof(ulong);
        return _filled > 0;
    }
}
