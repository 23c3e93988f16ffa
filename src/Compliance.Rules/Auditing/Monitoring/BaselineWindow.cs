namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// The sliding year of one metric's events across all units: per unit, the events and counted
/// events strictly earlier than the current event and no more than 365 days before it. Memory holds
/// one year of events of one metric, whatever the length of the history.
/// </summary>
internal sealed class BaselineWindow(int units)
{
    private static readonly long WindowTicks = TimeSpan.FromDays(MonitorSettings.BaselineWindowDays).Ticks;

    private readonly long[] _events = new long[units];
    private readonly long[] _counted = new long[units];
    private readonly Queue<(int Unit, long Ticks, bool Counted)> _inWindow = new();
    private readonly List<(int Unit, long Ticks, bool Counted)> _sameInstant = [];
    private long _currentTicks = long.MinValue;

    /// <summary>Moves the window to an event date (dates arrive in non-decreasing order).</summary>
    public void MoveTo(long ticks)
    {
        if (ticks != _currentTicks)
        {
            // Events at the previous instant are now strictly earlier.
            foreach (var e in _sameInstant)
            {
                _inWindow.Enqueue(e);
                _events[e.Unit]++;
                _counted[e.Unit] += e.Counted ? 1 : 0;
            }

            _sameInstant.Clear();
            _currentTicks = ticks;
        }

        while (_inWindow.Count > 0 && _inWindow.Peek().Ticks < ticks - WindowTicks)
        {
            var old = _inWindow.Dequeue();
            _events[old.Unit]--;
            _counted[old.Unit] -= old.Counted ? 1 : 0;
        }
    }

    /// <summary>Adds the current event (it joins the window once the date moves on).</summary>
    public void Add(int unit, bool counted) => _sameInstant.Add((unit, _currentTicks, counted));

    /// <summary>Pooled events and counted events of some units in the window.</summary>
    public (long Events, long Counted) Pooled(int[] unitIndexes)
    {
        long events = 0, counted = 0;
        foreach (var u in unitIndexes)
        {
            events += _events[u];
            counted += _counted[u];
        }

        return (events, counted);
    }
}
