using System.Collections.Concurrent;

namespace AspNetHost;

/// <summary>The host's storage (in memory here; a database in a real system).</summary>
public sealed class CrimeStore
{
    private readonly ConcurrentDictionary<string, Crime> _crimes = new(StringComparer.Ordinal);

    public Crime? Find(string reference) => _crimes.GetValueOrDefault(reference);

    public void Save(Crime crime) => _crimes[crime.Reference] = crime;
}
