namespace ValueAtlas.Formats.Spss;

/// <summary>Whether a value is one of a variable's user-missing codes (discrete or in the range).</summary>
public static class SpssMissing
{
    public static bool IsUserMissing(SpssVariable variable, object? value)
    {
        var missing = variable.MissingValues;
        if (value is null || missing.IsEmpty)
        {
            return false;
        }

        if (value is double number)
        {
            return (missing.HasRange && number >= missing.RangeLow && number <= missing.RangeHigh)
                || missing.Discrete.Any(d => d.Number == number);
        }

        var text = ((string)value).TrimEnd();
        return missing.Discrete.Any(d => d.Text is { } t && t.TrimEnd() == text);
    }
}
