using System.Globalization;

namespace ValueAtlas.Cli.Output;

/// <summary>
/// Progress of a long batch on stderr, where it never mixes with the JSON on stdout: a line every 10% or every
/// 10 seconds, whichever comes first, so both a terminal and a CI log show that the run is alive.
/// </summary>
public sealed class BatchProgress(int total, TextWriter writer, TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly long _started = time.GetTimestamp();
    private int _done;
    private int _nextTenth = 1;
    private long _lastLine = time.GetTimestamp();

    /// <summary>Not thread-safe: the caller already serialises output.</summary>
    public void Advance()
    {
        _done++;
        var tenth = total == 0 ? 10 : _done * 10 / total;
        if (tenth < _nextTenth && time.GetElapsedTime(_lastLine) < Interval)
        {
            return;
        }

        _nextTenth = tenth + 1;
        _lastLine = time.GetTimestamp();
        var elapsed = time.GetElapsedTime(_started).TotalSeconds;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_done}/{total} answered ({_done * 100.0 / Math.Max(total, 1):0}%), {elapsed:0.0} s"));
    }
}
