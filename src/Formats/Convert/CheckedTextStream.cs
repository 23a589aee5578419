using System.Text;
using System.Text.Unicode;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// Passes a file's bytes through unchanged while checking that they are valid text in the expected encoding, so that
/// a CP949 file read as UTF-8 stops at its first bad byte (naming the byte and line) instead of turning into U+FFFD.
/// The check runs on the raw bytes ahead of any text reader's buffering, which is what makes the position exact.
/// </summary>
internal sealed class CheckedTextStream(Stream inner, string file, Encoding encoding, Func<long, string> problem) : ReadOnlyForwardStream
{
    private readonly Decoder _decoder = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetDecoder();
    private readonly bool _utf8 = encoding.CodePage == 65001;
    private char[] _chars = [];
    private int _need;
    private int _from;
    private long _offset;
    private long _line = 1;

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Check(buffer[..read], flush: read == 0);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Check(buffer.Span[..read], flush: read == 0);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Check(ReadOnlySpan<byte> bytes, bool flush)
    {
        try
        {
            if (_utf8)
            {
                CheckUtf8(bytes, flush);
            }
            else
            {
                Decode(bytes, 0, flush);
            }
        }
        catch (DecoderFallbackException e)
        {
            // Index is relative to the decoded piece (at _from in this read) and negative when the bad sequence began in
            // the previous read.
            var index = _from + e.Index;
            var at = Math.Clamp(index, 0, bytes.Length);
            var line = _line + bytes[..at].Count((byte)'\n');
            throw new FileFormatException(file, Math.Max(0, _offset + index), problem(line), e);
        }

        _offset += bytes.Length;
        _line += bytes.Count((byte)'\n');
    }

    /// <summary>
    /// UTF-8 without decoding what is plainly valid: the decoder sees only the ends of a character cut by a read (and
    /// a whole read when something in it is wrong, to name the byte), so the text reader's decode is the only full one.
    /// </summary>
    private void CheckUtf8(ReadOnlySpan<byte> bytes, bool flush)
    {
        var head = Math.Min(_need, bytes.Length);
        var tail = IncompleteTail(bytes[head..]);
        if (!Utf8.IsValid(bytes[head..^tail]))
        {
            Decode(bytes, 0, flush);
            throw new InvalidOperationException("a UTF-8 check and the decoder disagree");
        }

        Decode(bytes[..head], 0, flush: false);
        _need -= head;
        if (tail > 0)
        {
            Decode(bytes[^tail..], bytes.Length - tail, flush: false);
            _need = SequenceLength(bytes[^tail]) - tail;
        }

        if (flush)
        {
            Decode([], bytes.Length, flush: true);
        }
    }

    private void Decode(ReadOnlySpan<byte> bytes, int from, bool flush)
    {
        // flush: false carries a sequence cut by the end of this read over to the next; at the end it must be whole.
        // (GetCharCount would not carry it: only GetChars keeps the decoder's state.)
        _from = from;
        var max = encoding.GetMaxCharCount(bytes.Length);
        if (_chars.Length < max)
        {
            _chars = new char[max];
        }

        _decoder.GetChars(bytes, _chars, flush);
    }

    /// <summary>How many bytes at the end start a character the next read completes (0 when none, or when they are invalid).</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte: incomplete when its sequence needs more bytes than are left.
                return SequenceLength(b) > back ? back : 0;
            }
        }

        return 0;
    }

    private static int SequenceLength(byte lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };
}
