using System.Globalization;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// Integers and decimals as CSV cells usually hold them, parsed without the general number parser (which costs more
/// than reading the cell): at most 15 significant digits and 22 decimals, where the value is the digits as a whole
/// number divided by a power of ten. Both are exact doubles and IEEE division rounds correctly, so the result is the
/// one <see cref="double.Parse(string, IFormatProvider)"/> gives. Anything else falls back to the general parser.
/// </summary>
public static class CsvNumbers
{
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public static bool TryParseInt64(ReadOnlySpan<char> text, out long value)
    {
        var negative = text.Length > 1 && text[0] == '-';
        var digits = negative ? text[1..] : text;
        if (digits.Length is > 0 and <= 18 && Digits(digits, out var magnitude) == digits.Length)
        {
            value = negative ? -magnitude : magnitude;
            return true;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value)
    {
        var negative = text.Length > 1 && text[0] == '-';
        var digits = negative ? text[1..] : text;
        var whole = Digits(digits, out var mantissa);
        if (whole > 0 && whole <= 15)
        {
            if (whole == digits.Length)
            {
                value = negative ? -(double)mantissa : mantissa;
                return true;
            }

            var fraction = digits[(whole + 1)..];
            if (digits[whole] == '.' && fraction.Length is > 0 and <= 22 && whole + fraction.Length <= 15 && Digits(fraction, out var decimals) == fraction.Length)
            {
                for (var i = 0; i < fraction.Length; i++)
                {
                    mantissa *= 10;
                }

                value = (mantissa + decimals) / PowersOfTen[fraction.Length];

                // -0.0 stays negative zero, as the general parser reads it.
                value = negative ? -value : value;
                return true;
            }
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>How many leading ASCII digits the text has (at most 18 are read), and their value.</summary>
    private static int Digits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var count = 0;
        while (count < text.Length && count < 19 && char.IsAsciiDigit(text[count]))
        {
            value = (value * 10) + (text[count] - '0');
            count++;
        }

        return count;
    }
}
