using Oberig.Core.Time;

namespace Oberig.Tracking.Tracks;

/// <summary>
/// The live tracks of a tracker, in order of birth, and a pool of dead ones. A birth reuses a pooled track object when
/// there is one, so a tracker in steady state (clutter tracks born and dropped every scan) allocates nothing.
/// </summary>
public sealed class TrackStore
{
    private readonly ITrackFilter _filter;
    private readonly List<Track> _live = [];
    private readonly Stack<Track> _pool = new();
    private int _nextId = 1;

    public TrackStore(ITrackFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _filter = filter;
    }

    /// <summary>The live tracks, tentative and confirmed, in order of birth.</summary>
    public IReadOnlyList<Track> Live => _live;

    /// <summary>Track objects waiting in the pool.</summary>
    public int Pooled => _pool.Count;

    /// <summary>Allocates <paramref name="count"/> track objects into the pool up front (optional).</summary>
    public void Reserve(int count)
    {
        for (int i = 0; i < count; i++) _pool.Push(_filter.CreateTrack());
        if (_live.Capacity < _live.Count + count) _live.Capacity = _live.Count + count;
    }

    /// <summary>A new tentative track born at <paramref name="time"/> (its estimate still to be initialised).</summary>
    public Track Add(SimTime time)
    {
        var track = _pool.Count > 0 ? _pool.Pop() : _filter.CreateTrack();
        track.Begin(_nextId++, time);
        _live.Add(track);
        return track;
    }

    /// <summary>Removes the tracks marked in <paramref name="remove"/> (one flag per live track), keeping the others' order.</summary>
    public void RemoveMarked(ReadOnlySpan<bool> remove)
    {
        int kept = 0;
        for (int i = 0; i < _live.Count; i++)
        {
            if (remove[i]) { _pool.Push(_live[i]); continue; }
            _live[kept++] = _live[i];
        }
        _live.RemoveRange(kept, _live.Count - kept);
    }
}
