using System.Globalization;
using System.Text.Json;
using ValueAtlas.Formats.Stata;

namespace ValueAtlas.Formats.Tests.Stata;

/// <summary>Compares what our reader gives with what an independent tool printed.</summary>
internal static class StataExpected
{
    /// <summary>A pandas cell: null, a number, a string, or {"missing": "."|".a"…}.</summary>
    public static object? FromPandas(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number => cell.GetDouble(),
        JsonValueKind.String => cell.GetString(),
        _ => cell.GetProperty("missing").GetString() is [_, var letter] ? new StataMissing(letter) : null,
    };

    /// <summary>readstat's CSV prints '.' and .a–.z alike as an empty field, numbers in %f or shortest form.</summary>
    public static void AssertReadstat(string? expected, object? actual, string where)
    {
        switch (actual)
        {
            case null or StataMissing:
                Assert.True(expected is null, $"{where}: expected '{expected}', read {actual?.ToString() ?? "."}");
                break;
            case double number:
                Assert.NotNull(expected);
                var reference = double.Parse(expected!, CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(reference - number) <= 1e-6 * Math.Max(1, Math.Abs(reference)), $"{where}: expected {reference}, read {number}");
                break;
            default:
                Assert.Equal(expected ?? "", actual as string);
                break;
        }
    }
}
