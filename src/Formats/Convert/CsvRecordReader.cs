using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// RFC 4180 records from a UTF-8 (BOM tolerated) or CP949 text stream: quoted fields with doubled quotes and embedded newlines,
/// CRLF or LF. An unterminated quote is a <see cref="FileFormatException"/> naming the line it opened on.
/// </summary>
/// <remarks>
/// Fields are slices of a large character buffer found with vectorised searches, so a numeric cell is parsed
/// straight from the buffer without becoming a string (100,000 rows × 520 columns would otherwise be 52 million
/// strings). A record is always whole in the buffer: when one runs past its end, the record moves to the front, the
/// rest is read behind it and the record is scanned again. Byte offsets and line numbers are counted only for the
/// text that leaves the buffer, and for the rest only when an error asks.
/// </remarks>
public sealed class CsvRecordReader(TextReader reader, string file)
{
    // What follows a field.
    private const int Comma = 0;
    private const int Newline = 1;
    private const int EndOfFile = 2;
    private const int Other = 3;
    private const int Unknown = 4;

    private static readonly SearchValues<char> Ends = SearchValues.Create(",\n\r");

    private readonly bool _doubleByte = reader is StreamReader { CurrentEncoding.CodePage: 949 };
    private readonly CsvFieldText _decoded = new();
    private char[] _buffer = new char[1 << 16];
    private int _length;
    private bool _end;
    private int _start;
    private int _next;
    private long _bytesBefore;
    private long _linesBefore;
    private int[] _fieldStarts = new int[64];
    private int[] _fieldLengths = new int[64];

    /// <summary>The number of fields in the record last read.</summary>
    public int Count { get; private set; }

    /// <summary>The line after the record last read (the line an editor shows, counting newlines inside quotes).</summary>
    public long Line => _linesBefore + 1 + _buffer.AsSpan(0, _next).Count('\n');

    /// <summary>Byte offset in the file of the last record read (after a BOM, which the reader has already consumed).</summary>
    public long RecordOffset => _bytesBefore + ByteCount(_buffer.AsSpan(0, _start));

    /// <summary>A field of the record last read; valid until the next read.</summary>
    public ReadOnlySpan<char> this[int field] => _fieldStarts[field] >= 0
        ? _buffer.AsSpan(_fieldStarts[field], _fieldLengths[field])
        : _decoded.Field(~_fieldStarts[field], _fieldLengths[field]);

    /// <summary>The next record as strings, or null at the end of the file.</summary>
    public List<string>? Read()
    {
        if (!Next())
        {
            return null;
        }

        var fields = new List<string>(Count);
        for (var i = 0; i < Count; i++)
        {
            fields.Add(this[i].ToString());
        }

        return fields;
    }

    /// <summary>Moves to the next record, false at the end of the file.</summary>
    public bool Next()
    {
        _start = _next;
        while (true)
        {
            if (_start == _length && !Fill())
            {
                return false;
            }

            var end = Scan(_start);
            if (end >= 0)
            {
                _next = end;
                return true;
            }

            Fill();
        }
    }

    /// <summary>Splits the record at <paramref name="at"/> into fields; the index after it, or -1 when the buffer ends first.</summary>
    private int Scan(int at)
    {
        Count = 0;
        _decoded.Clear();
        while (true)
        {
            int stop;
            int terminator;
            int size;
            if (at < _length && _buffer[at] == '"')
            {
                var simple = true;
                var close = CloseQuote(at + 1, ref simple);
                if (close < 0)
                {
                    return -1;
                }

                stop = close + 1;
                terminator = Terminator(stop, out size);
                if (terminator == Unknown)
                {
                    return -1;
                }

                if (terminator == Other)
                {
                    // Text after the closing quote belongs to the field, as it always has here.
                    simple = false;
                    stop = FieldEnd(stop, out terminator, out size);
                    if (stop < 0)
                    {
                        return -1;
                    }
                }

                Add(simple, at, at + 1, close, stop);
            }
            else
            {
                var end = PlainFields(ref at);
                if (end >= 0)
                {
                    return end;
                }

                if (at < _length && _buffer[at] == '"')
                {
                    continue;
                }

                stop = FieldEnd(at, out terminator, out size);
                if (stop < 0)
                {
                    return -1;
                }

                Add(true, at, at, stop, stop);
            }

            if (terminator != Comma)
            {
                return stop + size;
            }

            at = stop + size;
        }
    }

    /// <summary>
    /// Fields with no quote or carriage return, eight characters per comparison: survey cells are a character or two,
    /// so finding each comma with its own search would cost more than reading it. Stops at the first quote or CR (the
    /// field at <paramref name="at"/> is then left to the general path); the index after the record when its LF is
    /// reached, else -1.
    /// </summary>
    private int PlainFields(ref int at)
    {
        if (!Vector128.IsHardwareAccelerated)
        {
            return -1;
        }

        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(_buffer));
        for (var p = at; p + Vector128<ushort>.Count <= _length; p += Vector128<ushort>.Count)
        {
            var v = Vector128.LoadUnsafe(ref chars, (nuint)p);
            var ends = (Vector128.Equals(v, Vector128.Create((ushort)',')) | Vector128.Equals(v, Vector128.Create((ushort)'\n'))).ExtractMostSignificantBits();
            var stops = (Vector128.Equals(v, Vector128.Create((ushort)'"')) | Vector128.Equals(v, Vector128.Create((ushort)'\r'))).ExtractMostSignificantBits();
            if (stops != 0)
            {
                // Only the ends before the first quote or CR are certain.
                ends &= (stops & (0u - stops)) - 1;
            }

            for (; ends != 0; ends &= ends - 1)
            {
                var end = p + BitOperations.TrailingZeroCount(ends);
                Add(true, at, at, end, end);
                at = end + 1;
                if (_buffer[end] == '\n')
                {
                    return at;
                }
            }

            if (stops != 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The closing quote of a field whose text starts at <paramref name="at"/>, or -1 when the buffer ends first.</summary>
    private int CloseQuote(int at, ref bool simple)
    {
        while (true)
        {
            var found = _buffer.AsSpan(at, _length - at).IndexOf('"');
            if (found < 0)
            {
                return _end ? throw Unterminated() : -1;
            }

            var quote = at + found;
            if (quote + 1 == _length && !_end)
            {
                return -1;
            }

            if (quote + 1 < _length && _buffer[quote + 1] == '"')
            {
                simple = false;
                at = quote + 2;
                continue;
            }

            return quote;
        }
    }

    /// <summary>What follows a closing quote: a comma, a newline (LF or CRLF), the end, other text, or not yet read.</summary>
    private int Terminator(int at, out int size)
    {
        size = 1;
        if (at == _length)
        {
            size = 0;
            return _end ? EndOfFile : Unknown;
        }

        switch (_buffer[at])
        {
            case ',':
                return Comma;
            case '\n':
                return Newline;
            case '\r' when at + 1 == _length:
                return _end ? Other : Unknown;
            case '\r' when _buffer[at + 1] == '\n':
                size = 2;
                return Newline;
            default:
                return Other;
        }
    }

    /// <summary>The end of unquoted text from <paramref name="at"/>: before a comma, LF or CRLF, or the file's end; -1 when the buffer ends first.</summary>
    private int FieldEnd(int at, out int terminator, out int size)
    {
        while (true)
        {
            var found = Search(at);
            if (found < 0)
            {
                size = 0;
                terminator = EndOfFile;
                return _end ? _length : -1;
            }

            var stop = at + found;
            terminator = Terminator(stop, out size);
            switch (terminator)
            {
                case Unknown:
                    return -1;
                case Other:
                    // A carriage return alone is text.
                    at = stop + 1;
                    continue;
                default:
                    return stop;
            }
        }
    }

    /// <summary>Where the next comma, LF or CR is after <paramref name="at"/>, relative to it, or -1.</summary>
    private int Search(int at)
    {
        // Survey cells are a character or two: a vectorised search costs more to start than these few steps.
        var near = Math.Min(_length, at + 8);
        for (var i = at; i < near; i++)
        {
            if (_buffer[i] is ',' or '\n' or '\r')
            {
                return i - at;
            }
        }

        var found = _buffer.AsSpan(near, _length - near).IndexOfAny(Ends);
        return found < 0 ? -1 : found + near - at;
    }

    /// <summary>Records a field: a slice of the buffer, or, quoted with doubled quotes or text after the quote, its decoded text.</summary>
    private void Add(bool simple, int raw, int contentStart, int contentEnd, int stop)
    {
        if (Count == _fieldStarts.Length)
        {
            Array.Resize(ref _fieldStarts, Count * 2);
            Array.Resize(ref _fieldLengths, Count * 2);
        }

        if (simple)
        {
            _fieldStarts[Count] = contentStart;
            _fieldLengths[Count] = contentEnd - contentStart;
        }
        else
        {
            var (start, length) = _decoded.Add(_buffer.AsSpan(raw, stop - raw));
            _fieldStarts[Count] = ~start;
            _fieldLengths[Count] = length;
        }

        Count++;
    }

    /// <summary>Moves the current record to the front of the buffer (growing it when the record fills it) and reads more behind it.</summary>
    private bool Fill()
    {
        if (_end)
        {
            return false;
        }

        if (_start > 0)
        {
            var gone = _buffer.AsSpan(0, _start);
            _bytesBefore += ByteCount(gone);
            _linesBefore += gone.Count('\n');
            _buffer.AsSpan(_start, _length - _start).CopyTo(_buffer);
            _length -= _start;
            _start = 0;
            _next = 0;
        }
        else if (_length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = reader.Read(_buffer, _length, _buffer.Length - _length);
        _length += read;
        _end = read == 0;
        return read > 0;
    }

    private long ByteCount(ReadOnlySpan<char> text)
    {
        if (!_doubleByte)
        {
            return Encoding.UTF8.GetByteCount(text);
        }

        // CP949 (--encoding cp949) stores every non-ASCII character in two bytes.
        long bytes = text.Length;
        for (var at = text.IndexOfAnyExceptInRange('\0', '\x7F'); at >= 0; at = text.IndexOfAnyExceptInRange('\0', '\x7F'))
        {
            bytes++;
            text = text[(at + 1)..];
        }

        return bytes;
    }

    private FileFormatException Unterminated() =>
        new(file, RecordOffset, $"a closing quote for the field opened on line {_linesBefore + 1 + _buffer.AsSpan(0, _start).Count('\n')}, but the file ends");
}
