using System.Globalization;
using System.Text;

namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>
/// A strict reader of the Python literals <c>repr()</c> writes, as GlobalOpinionQA stores its selections and options:
/// strings in ' or " with backslash escapes, int and float (with nan and inf), True/False/None, lists, dicts and the
/// <c>defaultdict(&lt;class 'list'&gt;, {…})</c> wrapper (read as its dict). Anything else is refused with the
/// character offset, never guessed: a file that repr did not write should not be half-read.
/// </summary>
/// <remarks>Values: string, double, bool, null, <see cref="List{T}"/> of values, <see cref="PythonDict"/>.</remarks>
public sealed class PythonLiteral
{
    // Deep enough for any repr GlobalOpinionQA holds (two levels), shallow enough that a hostile field cannot overflow the stack.
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _at;
    private int _depth;

    private PythonLiteral(string text) => _text = text;

    /// <exception cref="LiteralSyntaxException">The text is not one whole literal.</exception>
    public static object? Parse(string text)
    {
        var reader = new PythonLiteral(text);
        var value = reader.Value();
        reader.SkipSpace();
        if (reader._at < text.Length)
        {
            throw reader.Error("the end of the literal");
        }

        return value;
    }

    private object? Value()
    {
        if (++_depth > MaxDepth)
        {
            throw Error($"lists and dicts nested at most {MaxDepth} deep");
        }

        try
        {
            return Single();
        }
        finally
        {
            _depth--;
        }
    }

    private object? Single()
    {
        SkipSpace();
        if (_at >= _text.Length)
        {
            throw Error("a value");
        }

        var c = _text[_at];
        return c switch
        {
            '\'' or '"' => String(),
            '[' => List(),
            '{' => Dict(),
            '-' or '+' or '.' or (>= '0' and <= '9') => Number(),
            _ when char.IsAsciiLetter(c) => Word(),
            _ => throw Error("a string, number, list, dict, True, False, None or defaultdict(...)"),
        };
    }

    private object? Word()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] == '_'))
        {
            _at++;
        }

        return _text[start.._at] switch
        {
            "True" => true,
            "False" => false,
            "None" => null,
            "nan" => double.NaN,
            "inf" => double.PositiveInfinity,
            "defaultdict" => DefaultDict(),
            var word => throw new LiteralSyntaxException(start, $"a value, not the name '{word}'"),
        };
    }

    private PythonDict DefaultDict()
    {
        // repr(defaultdict(list, d)) is "defaultdict(<class 'list'>, {…})"; the factory does not matter to a reader.
        Expect('(');
        SkipSpace();
        Expect('<');
        Expect("class");
        SkipSpace();
        if (String() is not string)
        {
            throw Error("the factory's class name");
        }

        SkipSpace();
        Expect('>');
        SkipSpace();
        Expect(',');
        SkipSpace();
        if (_at >= _text.Length || _text[_at] != '{')
        {
            throw Error("'{' (the defaultdict's contents)");
        }

        var dict = Dict();
        SkipSpace();
        Expect(')');
        return dict;
    }

    private List<object?> List()
    {
        _at++;
        var items = new List<object?>();
        while (true)
        {
            SkipSpace();
            if (_at < _text.Length && _text[_at] == ']')
            {
                _at++;
                return items;
            }

            items.Add(Value());
            if (!Separator(']'))
            {
                throw Error("',' or ']'");
            }
        }
    }

    private PythonDict Dict()
    {
        _at++;
        var entries = new List<KeyValuePair<object?, object?>>();
        while (true)
        {
            SkipSpace();
            if (_at < _text.Length && _text[_at] == '}')
            {
                _at++;
                return new PythonDict(entries);
            }

            var key = Value();
            if (key is List<object?> or PythonDict)
            {
                throw Error("a hashable dict key (a list or dict cannot be one)");
            }

            SkipSpace();
            Expect(':');
            entries.Add(new(key, Value()));
            if (!Separator('}'))
            {
                throw Error("',' or '}'");
            }
        }
    }

    /// <summary>After an item: consumes ',' (true) or sees the closing bracket (true, not consumed); else false.</summary>
    private bool Separator(char close)
    {
        SkipSpace();
        if (_at < _text.Length && _text[_at] == ',')
        {
            _at++;
            return true;
        }

        return _at < _text.Length && _text[_at] == close;
    }

    private double Number()
    {
        var start = _at;
        if (_text[_at] is '-' or '+')
        {
            _at++;
            if (_at + 3 <= _text.Length && _text.AsSpan(_at, 3) is "inf")
            {
                _at += 3;
                return _text[start] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            }
        }

        while (_at < _text.Length && (char.IsAsciiDigit(_text[_at]) || _text[_at] is '.' or 'e' or 'E' or '_'
            || (_text[_at] is '-' or '+' && _text[_at - 1] is 'e' or 'E')))
        {
            _at++;
        }

        var token = _text[start.._at];
        if (!token.Any(char.IsAsciiDigit)
            || token.Contains('_', StringComparison.Ordinal)
            || !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new LiteralSyntaxException(start, $"a number, not '{token}'");
        }

        return value;
    }

    private string String()
    {
        var quote = _text[_at];
        if (quote is not ('\'' or '"'))
        {
            throw Error("a quoted string");
        }

        var start = _at++;
        var text = new StringBuilder();
        while (true)
        {
            if (_at >= _text.Length || _text[_at] is '\n' or '\r')
            {
                throw new LiteralSyntaxException(start, $"a string closed by {quote} on the same line");
            }

            var c = _text[_at++];
            if (c == quote)
            {
                return text.ToString();
            }

            if (c == '\\')
            {
                Escape(text);
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private void Escape(StringBuilder text)
    {
        var at = _at - 1;
        if (_at >= _text.Length)
        {
            throw new LiteralSyntaxException(at, "an escape after '\\'");
        }

        var c = _text[_at++];
        switch (c)
        {
            case '\\' or '\'' or '"':
                text.Append(c);
                break;
            case 'n': text.Append('\n'); break;
            case 'r': text.Append('\r'); break;
            case 't': text.Append('\t'); break;
            case 'a': text.Append('\a'); break;
            case 'b': text.Append('\b'); break;
            case 'f': text.Append('\f'); break;
            case 'v': text.Append('\v'); break;
            case 'x': text.Append((char)Hex(at, 2)); break;
            case 'u': text.Append((char)Hex(at, 4)); break;
            case 'U':
                var scalar = Hex(at, 8);
                text.Append(scalar is >= 0 and < 0x110000 and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(scalar) : throw Error("a \\U escape of a Unicode scalar value"));
                break;
            case >= '0' and <= '7':
                var code = c - '0';
                for (var i = 0; i < 2 && _at < _text.Length && _text[_at] is >= '0' and <= '7'; i++)
                {
                    code = (code * 8) + (_text[_at++] - '0');
                }

                text.Append((char)code);
                break;
            default:
                // repr never writes another escape; Python itself would keep "\d" as two characters, a reader should not.
                throw new LiteralSyntaxException(at, $"an escape repr writes (\\\\ \\' \\\" \\n \\r \\t \\xhh \\uhhhh \\Uhhhhhhhh \\ooo), not '\\{c}'");
        }
    }

    private int Hex(int escape, int digits)
    {
        if (_at + digits > _text.Length
            || !int.TryParse(_text.AsSpan(_at, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF)
        {
            throw new LiteralSyntaxException(escape, $"{digits} hex digits after '\\{_text[escape + 1]}'");
        }

        _at += digits;
        return code;
    }

    private void Expect(char c)
    {
        if (_at >= _text.Length || _text[_at] != c)
        {
            throw Error($"'{c}'");
        }

        _at++;
    }

    private void Expect(string word)
    {
        if (!_text.AsSpan(_at).StartsWith(word, StringComparison.Ordinal))
        {
            throw Error($"'{word}'");
        }

        _at += word.Length;
    }

    private void SkipSpace()
    {
        while (_at < _text.Length && _text[_at] is ' ' or '\t' or '\n' or '\r')
        {
            _at++;
        }
    }

    private LiteralSyntaxException Error(string expected) =>
        new(_at, _at < _text.Length ? $"{expected}, found '{_text[_at]}'" : $"{expected}, found the end of the text");
}
