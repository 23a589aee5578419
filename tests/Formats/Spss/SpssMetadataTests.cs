using System.Globalization;
using System.Text.Json;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Tests.Spss;

public sealed class SpssMetadataTests
{
    [Fact]
    public void Dictionary_MatchesReadstatExtractMetadata()
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.Survey(SpssFixtures.NumericMissingOnly));
        // extract_metadata writes bare -inf/inf for LO/HI, which is not JSON.
        var json = SpssTools.ExtractMetadata(directory, "meta.sav").Replace("-inf", "\"-inf\"", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var expected = document.RootElement.GetProperty("variables").EnumerateArray().ToList();

        var file = SpssReader.ReadMetadata(directory.File("meta.sav"));

        Assert.Equal(expected.Count, file.Variables.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var reference = expected[i];
            var variable = file.Variables[i];
            Assert.Equal(reference.GetProperty("name").GetString(), variable.Name);
            Assert.Equal(reference.GetProperty("type").GetString() == "STRING", variable.IsString);
            Assert.Equal(reference.TryGetProperty("label", out var label) ? label.GetString() : null, variable.Label);
            // readstat 1.1.8 does not read labels of strings wider than 8 bytes (record 21); the other test checks those.
            if (reference.TryGetProperty("categories", out var categories))
            {
                var pairs = categories.EnumerateArray()
                    .Select(c => (Value: c.GetProperty("code").ToString(), Label: c.GetProperty("label").GetString()))
                    .ToList();
                Assert.Equal(pairs.Count, variable.ValueLabels.Count);
                for (var j = 0; j < pairs.Count; j++)
                {
                    Assert.Equal(pairs[j].Label, variable.ValueLabels[j].Label);
                    if (variable.IsString)
                    {
                        // readstat keeps the 8-byte padding of short string values.
                        Assert.Equal(pairs[j].Value.TrimEnd(), variable.ValueLabels[j].Value.Text);
                    }
                    else
                    {
                        Assert.Equal(Number(pairs[j].Value), variable.ValueLabels[j].Value.Number);
                    }
                }
            }

            if (reference.TryGetProperty("missing", out var missing))
            {
                AssertMissing(missing, variable.MissingValues, variable.Name);
            }
            else if (!variable.IsString)
            {
                Assert.True(variable.MissingValues.IsEmpty, variable.Name);
            }
        }
    }

    [Fact]
    public void Dictionary_HasEveryKindOfMissingValueAndLabel()
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.Survey());

        foreach (var name in new[] { "unc.sav", "cmp.sav", "z.zsav" })
        {
            var file = SpssReader.ReadMetadata(directory.File(name));
            var byName = file.Variables.ToDictionary(v => v.Name);

            Assert.Equal("UTF-8", file.EncodingName);
            Assert.Equal(4, file.CaseCount);
            Assert.Contains("GNU pspp", file.Product, StringComparison.Ordinal);
            Assert.Contains(file.Documents, d => d.Contains("한국어 문서 줄", StringComparison.Ordinal));

            Assert.Equal(("satisfaction_level", "SATISFAC", "생활 만족도"), (byName["satisfaction_level"].Name, byName["satisfaction_level"].ShortName, byName["satisfaction_level"].Label));
            Assert.Equal(new SpssMissingValues([SpssValue.Of(6), SpssValue.Of(7), SpssValue.Of(8)], null, null), byName["trust"].MissingValues, MissingComparer.Instance);
            Assert.Equal(new SpssMissingValues([], 1, 3), byName["satisfaction_level"].MissingValues, MissingComparer.Instance);
            Assert.Equal(new SpssMissingValues([SpssValue.Of(-99)], double.NegativeInfinity, -1), byName["income"].MissingValues, MissingComparer.Instance);
            Assert.Equal(new SpssMissingValues([SpssValue.Of("zz"), SpssValue.Of("yy")], null, null), byName["region"].MissingValues, MissingComparer.Instance);
            // A 12-byte string keeps its missing value and labels in extension records 22 and 21.
            Assert.Equal(new SpssMissingValues([SpssValue.Of("모름")], null, null), byName["city_name"].MissingValues, MissingComparer.Instance);
            Assert.Equal([new SpssValueLabel(SpssValue.Of("서울"), "수도")], byName["city_name"].ValueLabels);
            Assert.Equal([new SpssValueLabel(SpssValue.Of("ab"), "에이비")], byName["region"].ValueLabels);
            Assert.Equal("남자", byName["gender"].ValueLabels[0].Label);

            Assert.Equal((SpssVariableType.String, 20, "A20"), (byName["name"].Type, byName["name"].Width, byName["name"].PrintFormat.ToString()));
            Assert.Equal((5, 2), (byName["score"].PrintFormat.Type, byName["score"].PrintFormat.Decimals));
            Assert.Equal(SpssMeasure.Nominal, byName["gender"].Measure);
            Assert.Equal(SpssMeasure.Ordinal, byName["trust"].Measure);
            Assert.Equal(SpssMeasure.Scale, byName["score"].Measure);
        }
    }

    [Fact]
    public void Cp949File_DecodesKoreanLikePsppConvert()
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, """
            SET LOCALE='CP949'.
            DATA LIST LIST /id (F4.0) name (A20) city (A12).
            BEGIN DATA.
            1 "김민수" "서울특별시"
            2 "이영희" "부산"
            END DATA.
            VARIABLE LABELS name '이름'.
            VALUE LABELS id 1 '첫째'.
            SAVE OUTFILE='cp.sav'.
            """);
        var expected = SpssTools.PsppConvertCsv(directory, "cp.sav");

        using var reader = SpssReader.Open(directory.File("cp.sav"));
        var cases = reader.ReadCases().ToList();

        Assert.Equal("CP949", reader.File.EncodingName);
        Assert.Equal("이름", reader.File.Variables[1].Label);
        Assert.Equal("첫째", reader.File.Variables[0].ValueLabels[0].Label);
        Assert.Equal(expected.Count - 1, cases.Count);
        Assert.Equal("김민수", cases[0][1]);
        for (var row = 0; row < cases.Count; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                SpssAgreementTests.AssertSame(expected[row + 1][column], cases[row][column], $"case {row + 1} column {column}");
            }
        }
    }

    private static void AssertMissing(JsonElement missing, SpssMissingValues actual, string name)
    {
        if (missing.GetProperty("type").GetString() == "RANGE")
        {
            Assert.Equal(Number(missing.GetProperty("low").ToString()), actual.RangeLow);
            Assert.Equal(Number(missing.GetProperty("high").ToString()), actual.RangeHigh);
            var discrete = missing.TryGetProperty("discrete-value", out var value) ? [Number(value.ToString())] : Array.Empty<double>();
            Assert.Equal(discrete, actual.Discrete.Select(v => v.Number!.Value));
        }
        else
        {
            var values = missing.GetProperty("values").EnumerateArray().Select(v => Number(v.ToString())).ToList();
            Assert.True(values.SequenceEqual(actual.Discrete.Select(v => v.Number!.Value)), name);
        }
    }

    private static double Number(string text) => text switch
    {
        "-inf" => double.NegativeInfinity,
        "inf" => double.PositiveInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    private sealed class MissingComparer : IEqualityComparer<SpssMissingValues>
    {
        public static readonly MissingComparer Instance = new();

        public bool Equals(SpssMissingValues? x, SpssMissingValues? y) =>
            x is not null && y is not null && x.Discrete.SequenceEqual(y.Discrete) && x.RangeLow == y.RangeLow && x.RangeHigh == y.RangeHigh;

        public int GetHashCode(SpssMissingValues obj) => obj.Discrete.Count;
    }
}
