using System.Globalization;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// One SPSS cell as text, the way CSV and JSONL output show it: numbers in shortest round-trip form, dates ISO-8601,
/// system-missing as null, string padding trimmed, and labels or user-missing handling as asked.
/// </summary>
public sealed class SpssCellText
{
    private readonly SpssTextOptions _options;
    private readonly Dictionary<double, string>[] _numberLabels;
    private readonly Dictionary<string, string>[] _textLabels;

    public SpssCellText(SpssFile file, SpssTextOptions options)
    {
        _options = options;
        _numberLabels = [.. file.Variables.Select(v => v.ValueLabels.Where(l => l.Value.Number is not null).DistinctBy(l => l.Value.Number).ToDictionary(l => l.Value.Number!.Value, l => l.Label))];
        _textLabels = [.. file.Variables.Select(v => v.ValueLabels.Where(l => l.Value.Text is not null).DistinctBy(l => l.Value.Text!.TrimEnd()).ToDictionary(l => l.Value.Text!.TrimEnd(), l => l.Label, StringComparer.Ordinal))];
    }

    /// <summary>The cell's text, or null for a missing value; <paramref name="isNumber"/> says whether it is a bare number.</summary>
    public string? Format(SpssVariable variable, int index, object? value, out bool isNumber)
    {
        isNumber = false;
        if (value is null || (_options.UserMissingAsNull && SpssMissing.IsUserMissing(variable, value)))
        {
            return null;
        }

        if (value is string text)
        {
            var trimmed = text.TrimEnd();
            return _options.Labels && _textLabels[index].TryGetValue(trimmed, out var textLabel) ? textLabel : trimmed;
        }

        var number = (double)value;
        if (_options.Labels && _numberLabels[index].TryGetValue(number, out var label))
        {
            return label;
        }

        if (SpssDates.Format(variable.PrintFormat, number) is { } date)
        {
            return date;
        }

        // JSON has no infinities; SPSS's HIGHEST and LOWEST only reach data by mistake, but must not break the output.
        isNumber = double.IsFinite(number);
        return isNumber ? number.ToString("R", CultureInfo.InvariantCulture) : number > 0 ? "Infinity" : "-Infinity";
    }
}
