using System.Text;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// RFC 4180 records from a UTF-8 (BOM tolerated) or CP949 text stream: quoted fields with doubled quotes and embedded newlines,
/// CRLF or LF. An unterminated quote is a <see cref="FileFormatException"/> naming the line it opened on.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, string file)
{
    private readonly StringBuilder _field = new();
    private readonly bool _doubleByte = reader is StreamReader { CurrentEncoding.CodePage: 949 };
    private long _line = 1;
    private long _offset;

    public long Line => _line;

    /// <summary>Byte offset in the file of the last record read (after a BOM, which the reader has already consumed).</summary>
    public long RecordOffset { get; private set; }

    public List<string>? Read()
    {
        var peek = reader.Peek();
        if (peek < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var quoted = false;
        var startLine = _line;
        RecordOffset = _offset;
        _field.Clear();
        while (true)
        {
            var c = reader.Read();
            _offset += c switch
            {
                < 0 => 0,
                < 0x80 => 1,

                // CP949 (--encoding cp949) stores every non-ASCII character in two bytes.
                _ when _doubleByte => 2,
                < 0x800 => 2,

                // Each half of a surrogate pair counts two of the pair's four bytes.
                >= 0xD800 and <= 0xDFFF => 2,
                _ => 3,
            };
            if (c < 0)
            {
                if (quoted)
                {
                    throw new FileFormatException(file, RecordOffset, $"a closing quote for the field opened on line {startLine}, but the file ends");
                }

                fields.Add(_field.ToString());
                return fields;
            }

            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    _field.Append('"');
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    _line += c == '\n' ? 1 : 0;
                    _field.Append((char)c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when _field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n':
                    _line++;
                    fields.Add(_field.ToString());
                    return fields;
                default:
                    _field.Append((char)c);
                    break;
            }
        }
    }
}
