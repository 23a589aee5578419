using System.Runtime.CompilerServices;
using ValueAtlas.Formats.Rows;

namespace ValueAtlas.Formats.Spss;

/// <summary>
/// Reads an SPSS system file (.sav, uncompressed or bytecode-compressed) or .zsav. Open reads the dictionary;
/// cases are then streamed once, in file order. Bad input throws FileFormatException and nothing else.
/// </summary>
public sealed class SpssReader : IRowReader<SpssRow>
{
    private readonly FileStream _stream;
    private readonly SpssInput _input;
    private readonly IReadOnlyList<CaseLayout> _layout;
    private readonly double _systemMissing;
    private readonly double _bias;
    private readonly System.Text.Encoding _encoding;
    private bool _started;
    private CaseDecoder? _rowDecoder;
    private long _rowsRead;

    private SpssReader(string path)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        try
        {
            _input = new SpssInput(_stream, path);
            var raw = SpssRecordReader.Read(_input);
            (File, _layout, _encoding) = SpssDictionaryBuilder.Build(_input, raw);
            _systemMissing = raw.SystemMissing;
            _bias = raw.Bias;
        }
        catch
        {
            _stream.Dispose();
            throw;
        }
    }

    public SpssFile File { get; }

    public static SpssReader Open(string path) => new(path);

    /// <summary>Reads only the dictionary and header facts.</summary>
    public static SpssFile ReadMetadata(string path)
    {
        using var reader = Open(path);
        return reader.File;
    }

    public IEnumerable<SpssCase> ReadCases()
    {
        Start();
        return Iterate();
    }

    /// <summary>
    /// Starts a pass that reads cases into one reused row instead of boxed values (see <see cref="ReadRow"/>); like
    /// ReadCases, once per reader.
    /// </summary>
    public SpssRow StartRows()
    {
        Start();
        _rowDecoder = CreateDecoder();
        return _rowDecoder.CreateRow();
    }

    /// <summary>Reads the next case into the row <see cref="StartRows"/> gave; false after the last. Fails as ReadCases does.</summary>
    public bool ReadRow(SpssRow row)
    {
        var decoder = _rowDecoder ?? throw new InvalidOperationException("Call StartRows before ReadRow.");
        if (File.CaseCount is { } expected && _rowsRead >= expected)
        {
            return false;
        }

        if (!decoder.Fill(row))
        {
            CheckEnd(_rowsRead);
            return false;
        }

        _rowsRead++;
        return true;
    }

    /// <summary>
    /// Counts the cases the data really holds, failing exactly where ReadCases would, without building values:
    /// uncompressed data is checked by seeking, compressed data (.sav bytecode, .zsav blocks) must be read through.
    /// </summary>
    public long CountCases(CancellationToken cancellationToken)
    {
        Start();
        var decoder = CreateDecoder();
        long read = 0;
        while (File.CaseCount is not { } expected || read < expected)
        {
            if ((read & 0xfff) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!decoder.Skip())
            {
                CheckEnd(read);
                break;
            }

            read++;
        }

        return read;
    }

    /// <summary>
    /// The same cases as ReadCases. Decoding is synchronous over a 64 KB buffered file; the token is checked
    /// between cases so a long file can be abandoned.
    /// </summary>
    public async IAsyncEnumerable<SpssCase> ReadCasesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var row in ReadCases())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
            await Task.CompletedTask.ConfigureAwait(false);
        }
    }

    public void Dispose() => _stream.Dispose();

    private IEnumerable<SpssCase> Iterate()
    {
        var decoder = CreateDecoder();
        long read = 0;
        while (File.CaseCount is not { } expected || read < expected)
        {
            var row = decoder.Next();
            if (row is null)
            {
                CheckEnd(read);
                yield break;
            }

            read++;
            yield return row;
        }
    }

    private void Start()
    {
        if (_started)
        {
            throw new InvalidOperationException("The cases of an SpssReader can be read only once.");
        }

        _started = true;
    }

    private void CheckEnd(long read)
    {
        if (File.CaseCount is { } count && read < count)
        {
            throw _input.Error(_input.Position, $"{count} cases as the header says, but the data ends after {read}");
        }
    }

    private CaseDecoder CreateDecoder()
    {
        SlotReader slots = File.Compression switch
        {
            SpssCompression.None => new RawSlotReader(_input),
            SpssCompression.Bytecode => new BytecodeSlotReader(_stream, _bias, () => _stream.Position, _input),
            _ => CreateZlibSlots(),
        };
        return new CaseDecoder(_input, slots, _layout, _encoding, _systemMissing);
    }

    private BytecodeSlotReader CreateZlibSlots()
    {
        var blocks = new ZsavBlockStream(_input);
        return new BytecodeSlotReader(blocks, _bias, () => blocks.Offset, _input);
    }
}
