using System.Text;

namespace ValueAtlas.Formats.Spss;

/// <summary>Turns raw records into user-facing variables: joins very long strings, applies long names, labels and display.</summary>
internal static class SpssDictionaryBuilder
{
    public static (SpssFile File, IReadOnlyList<CaseLayout> Layout, Encoding Encoding) Build(SpssInput input, RawDictionary raw)
    {
        var encoding = ResolveEncoding(input, raw);
        var decode = new SpssText(encoding);
        string Text(byte[] bytes) => decode.Decode(bytes);
        string Recode(string latin1) => Text(Encoding.Latin1.GetBytes(latin1));

        var longNames = ParsePairs(raw.LongNames is null ? "" : encoding.GetString(raw.LongNames), '\t');
        var veryLong = ParsePairs(raw.VeryLongStrings is null ? "" : encoding.GetString(raw.VeryLongStrings), '\t');

        var primaries = raw.Variables.Where(v => v.Width != -1).ToList();
        var variables = new List<SpssVariable>();
        var layout = new List<CaseLayout>();
        var slotToVariable = new Dictionary<int, int>();
        var firstSegmentIndex = new List<int>();
        for (var i = 0; i < primaries.Count; i++)
        {
            var first = primaries[i];
            var shortName = Recode(first.ShortName);
            var width = first.Width;
            var segments = new List<(int, int)>();
            firstSegmentIndex.Add(i);
            if (veryLong.TryGetValue(shortName.ToUpperInvariant(), out var declared) && int.TryParse(declared.TrimEnd('\0', ' '), out var total) && total > 255)
            {
                var count = (total + 251) / 252;
                if (i + count > primaries.Count)
                {
                    throw input.Error(first.Offset, $"{count} string segments for very long string {shortName} of width {total}");
                }

                for (var s = 0; s < count; s++)
                {
                    var segment = primaries[i + s];
                    var used = s < count - 1 ? 255 : total - (255 * (count - 1));
                    if (segment.Width <= 0 || used > segment.Width && s == count - 1)
                    {
                        throw input.Error(segment.Offset, $"segment {s + 1} of very long string {shortName} to be a string wide enough for {used} bytes");
                    }

                    segments.Add(((segment.Width + 7) / 8, used));
                }

                i += count - 1;
                width = total;
            }
            else if (width > 0)
            {
                segments.Add(((width + 7) / 8, width));
            }

            slotToVariable[first.Slot + 1] = variables.Count;
            var isString = width > 0;
            var name = longNames.TryGetValue(shortName.ToUpperInvariant(), out var longName) ? longName : shortName;
            variables.Add(new SpssVariable(
                name,
                shortName,
                first.Label is null ? null : Recode(first.Label),
                isString ? SpssVariableType.String : SpssVariableType.Numeric,
                isString ? width : 0,
                WithWidth(SpssFormat.Decode(first.PrintFormat), width),
                WithWidth(SpssFormat.Decode(first.WriteFormat), width),
                SpssMeasure.Unknown,
                [],
                ShortMissing(first, raw, isString, Text)));
            layout.Add(isString ? new CaseLayout(true, segments) : CaseLayout.Numeric);
        }

        if (variables.Count == 0)
        {
            throw input.Error(raw.DataOffset, "at least one variable record (type 2) before the data");
        }

        ApplyDisplay(raw, variables, firstSegmentIndex, primaries.Count);
        ApplyValueLabels(input, raw, variables, slotToVariable, Text);
        SpssLongStringRecords.Apply(input, raw, variables, encoding);

        var caseCount = raw.CaseCount64 ?? (raw.HeaderCaseCount >= 0 ? raw.HeaderCaseCount : null);
        var file = new SpssFile(
            input.File,
            Text(raw.Product),
            raw.BigEndian,
            (SpssCompression)raw.Compression,
            caseCount,
            raw.EncodingName is { } named ? Encoding.ASCII.GetString(named.Name).TrimEnd('\0', ' ') : encoding.WebName,
            Text(raw.CreationDate),
            Text(raw.CreationTime),
            Text(raw.FileLabel),
            variables,
            [.. raw.Documents.Select(Text)]);
        return (file, layout, encoding);
    }

    // A very long string's record can only say A255; the joined variable is as wide as the string.
    private static SpssFormat WithWidth(SpssFormat format, int width) => width > 255 ? format with { Width = width } : format;

    private static Encoding ResolveEncoding(SpssInput input, RawDictionary raw)
    {
        if (raw.EncodingName is { } named)
        {
            var name = Encoding.ASCII.GetString(named.Name);
            return SpssTextEncoding.FromName(name) ?? throw input.Error(named.Offset, $"a known character encoding, not \"{name}\"");
        }

        if (raw.CharacterCode is { } code and not (1 or 4))
        {
            return SpssTextEncoding.FromCodePage(code) ?? throw input.Error(raw.DataOffset, $"a known character code (code page), not {code}");
        }

        // Files without either record are old Western SPSS files.
        return SpssTextEncoding.FromCodePage(1252)!;
    }

    private static Dictionary<string, string> ParsePairs(string text, char separator)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in text.Split([separator, '\0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                pairs[item[..equals].Trim().ToUpperInvariant()] = item[(equals + 1)..];
            }
        }

        return pairs;
    }

    private static SpssMissingValues ShortMissing(RawVariable variable, RawDictionary raw, bool isString, Func<byte[], string> text)
    {
        if (variable.MissingCode == 0)
        {
            return SpssMissingValues.None;
        }

        if (isString)
        {
            return new SpssMissingValues([.. variable.MissingValues.Select(v => SpssValue.Of(text(v)))], null, null);
        }

        var numbers = variable.MissingValues.Select(v => Number(v, raw)).ToList();
        return variable.MissingCode > 0
            ? new SpssMissingValues([.. numbers.Select(SpssValue.Of)], null, null)
            : new SpssMissingValues([.. numbers.Skip(2).Select(SpssValue.Of)], numbers[0], numbers[1]);
    }

    // LO and HI in ranges are written as the file's lowest and highest values; infinities say what they mean.
    private static double Number(byte[] bytes, RawDictionary raw)
    {
        var value = raw.BigEndian
            ? System.Buffers.Binary.BinaryPrimitives.ReadDoubleBigEndian(bytes)
            : System.Buffers.Binary.BinaryPrimitives.ReadDoubleLittleEndian(bytes);
        return value == raw.Lowest ? double.NegativeInfinity : value == raw.Highest ? double.PositiveInfinity : value;
    }

    private static void ApplyDisplay(RawDictionary raw, List<SpssVariable> variables, List<int> firstSegmentIndex, int segmentCount)
    {
        if (raw.Display is not { } display)
        {
            return;
        }

        // Writers emit one entry per segment; each entry has 3 fields (measure, width, alignment) or, in old files, 2.
        int stride = display.Count == segmentCount * 3 ? 3 : display.Count == segmentCount * 2 ? 2 : 0;
        var perSegment = stride != 0;
        if (!perSegment)
        {
            stride = display.Count == variables.Count * 3 ? 3 : display.Count == variables.Count * 2 ? 2 : 0;
        }

        if (stride == 0)
        {
            return;
        }

        for (var v = 0; v < variables.Count; v++)
        {
            var entry = perSegment ? firstSegmentIndex[v] : v;
            var measure = display[entry * stride];
            variables[v] = variables[v] with { Measure = measure is >= 1 and <= 3 ? (SpssMeasure)measure : SpssMeasure.Unknown };
        }
    }

    private static void ApplyValueLabels(
        SpssInput input, RawDictionary raw, List<SpssVariable> variables, Dictionary<int, int> slotToVariable, Func<byte[], string> text)
    {
        foreach (var set in raw.ValueLabels)
        {
            foreach (var slot in set.Slots)
            {
                if (!slotToVariable.TryGetValue(slot, out var index))
                {
                    throw input.Error(set.Offset, $"value labels for an existing variable, not dictionary index {slot}");
                }

                var variable = variables[index];
                var labels = set.Labels.Select(l => new SpssValueLabel(
                    variable.IsString ? SpssValue.Of(text(l.Value)) : SpssValue.Of(Number(l.Value, raw)),
                    text(l.Label)));
                variables[index] = variable with { ValueLabels = [.. variable.ValueLabels, .. labels] };
            }
        }
    }
}
