using System.Text;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// Passes a file's bytes through unchanged while checking that they are valid text in the expected encoding, so that
/// a CP949 file read as UTF-8 stops at its first bad byte (naming the byte and line) instead of turning into U+FFFD.
/// The check runs on the raw bytes ahead of any text reader's buffering, which is what makes the position exact.
/// </summary>
internal sealed class CheckedTextStream(Stream inner, string file, Encoding encoding, Func<long, string> problem) : ReadOnlyForwardStream
{
    private readonly Decoder _decoder = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetDecoder();
    private char[] _chars = [];
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
            // flush: false carries a sequence cut by the end of this read over to the next; at the end it must be whole.
            // (GetCharCount would not carry it: only GetChars keeps the decoder's state.)
            var max = encoding.GetMaxCharCount(bytes.Length);
            if (_chars.Length < max)
            {
                _chars = new char[max];
            }

            _decoder.GetChars(bytes, _chars, flush);
        }
        catch (DecoderFallbackException e)
        {
            // Index is relative to this read and negative when the bad sequence began in the previous one.
            var at = Math.Clamp(e.Index, 0, bytes.Length);
            var line = _line + bytes[..at].Count((byte)'\n');
            throw new FileFormatException(file, Math.Max(0, _offset + e.Index), problem(line), e);
        }

        _offset += bytes.Length;
        _line += bytes.Count((byte)'\n');
    }
}
