using System.Runtime.CompilerServices;
using ValueAtlas.Formats.Rows;

namespace ValueAtlas.Formats.Stata;

/// <summary>
/// Reads a Stata .dta file of release 117, 118 or 119 (Stata 13 and later), either byte order. Open reads and checks
/// the dictionary, the strL index and the value labels; observations are then streamed once, in file order, through
/// one buffer. Bad input throws FileFormatException and nothing else.
/// </summary>
public sealed class StataReader : IRowReader<StataRow>
{
    private readonly FileStream _stream;
    private readonly StataInput _input;
    private readonly StataRelease _release;
    private readonly StataLayout _layout;
    private readonly StataStrls _strls;
    private bool _started;
    private long _read;

    private StataReader(string path)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        try
        {
            _input = new StataInput(_stream, path);
            (File, _release, _layout, _strls) = StataDictionaryReader.Read(_input);
        }
        catch
        {
            _stream.Dispose();
            throw;
        }
    }

    public StataFile File { get; }

    public static StataReader Open(string path) => new(path);

    /// <summary>Reads only the header and dictionary.</summary>
    public static StataFile ReadMetadata(string path)
    {
        using var reader = Open(path);
        return reader.File;
    }

    /// <summary>Starts the one pass that reads observations into a reused row (see <see cref="ReadRow"/>).</summary>
    public StataRow StartRows()
    {
        Start();
        return new StataRow(_layout, _strls, _release, File.BigEndian);
    }

    /// <summary>Reads the next observation into the row <see cref="StartRows"/> gave; false after the last.</summary>
    public bool ReadRow(StataRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!_started)
        {
            throw new InvalidOperationException("Call StartRows before ReadRow.");
        }

        if (_read >= File.ObservationCount)
        {
            return false;
        }

        var at = _input.Position;
        var read = _input.ReadAtMost(row.Bytes);
        if (read < row.Bytes.Length)
        {
            // Open checked the data's extent, so only a file changed since then ends here.
            throw _input.Short(at, $"observation {_read + 1} of {File.ObservationCount}", row.Bytes.Length, read);
        }

        row.Observation = _read++;
        return true;
    }

    /// <summary>The observations as boxed values; <see cref="StartRows"/> reads the same without boxing.</summary>
    public IEnumerable<StataObservation> ReadObservations()
    {
        var row = StartRows();
        return Iterate(row);
    }

    public async IAsyncEnumerable<StataObservation> ReadObservationsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var observation in ReadObservations())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return observation;
            await Task.CompletedTask.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The number of observations, failing where reading would: the data's extent is checked at open, so only strL
    /// references (when the file has strL variables) need a pass, which reads no strL content.
    /// </summary>
    public long CountObservations(CancellationToken cancellationToken)
    {
        var row = StartRows();
        if (!_layout.Types.Contains(StataType.StrL))
        {
            return File.ObservationCount;
        }

        while (ReadRow(row))
        {
            if ((row.Observation & 0xfff) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            row.CheckStrls();
        }

        return File.ObservationCount;
    }

    public void Dispose()
    {
        _strls.Dispose();
        _stream.Dispose();
    }

    private IEnumerable<StataObservation> Iterate(StataRow row)
    {
        var count = File.Variables.Count;
        while (ReadRow(row))
        {
            var values = new object?[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = row.Value(i);
            }

            yield return new StataObservation(values);
        }
    }

    private void Start()
    {
        if (_started)
        {
            throw new InvalidOperationException("The observations of a StataReader can be read only once.");
        }

        _started = true;
        _input.Seek(_layout.DataStart, "the first observation");
    }
}
