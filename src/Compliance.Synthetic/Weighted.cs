namespace Compliance.Synthetic;

/// <summary>A fixed table of choices with integer weights (integers keep the draw exact and portable).</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly int[] _cumulative;

    public Weighted(params (T Item, int Weight)[] entries)
    {
        _items = new T[entries.Length];
        _cumulative = new int[entries.Length];
        var total = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Weight <= 0)
            {
                throw new ArgumentException($"weight of {entries[i].Item} must be positive", nameof(entries));
            }

            total += entries[i].Weight;
            _items[i] = entries[i].Item;
            _cumulative[i] = total;
        }

        Total = total;
    }

    public int Total { get; }

    /// <summary>The share of the total weight held by the items that match.</summary>
    public double Share(Func<T, bool> match)
    {
        var matching = 0;
        for (var i = 0; i < _items.Length; i++)
        {
            if (match(_items[i]))
            {
                matching += _cumulative[i] - (i == 0 ? 0 : _cumulative[i - 1]);
            }
        }

        return (double)matching / Total;
    }

    public T Pick(SyntheticRandom random)
    {
        var ticket = random.Next(Total);
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (ticket < _cumulative[i])
            {
                return _items[i];
            }
        }

        throw new InvalidOperationException("unreachable: ticket beyond total weight");
    }
}
