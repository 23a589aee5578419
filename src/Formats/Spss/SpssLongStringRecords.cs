using System.Text;

namespace ValueAtlas.Formats.Spss;

/// <summary>
/// Value labels (subtype 21) and missing values (subtype 22) of strings wider than 8 bytes, which the type 3 and
/// type 2 records cannot hold. Both name their variable by its long name.
/// </summary>
internal static class SpssLongStringRecords
{
    public static void Apply(SpssInput input, RawDictionary raw, List<SpssVariable> variables, Encoding encoding)
    {
        if (raw.LongStringLabels is { } labels)
        {
            var cursor = new Cursor(input, labels.Offset, labels.Data, encoding);
            while (!cursor.AtEnd)
            {
                var index = cursor.Variable(variables);
                cursor.Int32();
                var count = cursor.Int32();
                var read = new List<SpssValueLabel>();
                for (var i = 0; i < count; i++)
                {
                    var value = cursor.Text(cursor.Int32());
                    read.Add(new SpssValueLabel(SpssValue.Of(value), cursor.Text(cursor.Int32())));
                }

                variables[index] = variables[index] with { ValueLabels = [.. variables[index].ValueLabels, .. read] };
            }
        }

        if (raw.LongStringMissing is { } missing)
        {
            var cursor = new Cursor(input, missing.Offset, missing.Data, encoding);
            while (!cursor.AtEnd)
            {
                var index = cursor.Variable(variables);
                var count = cursor.Byte();
                var length = cursor.Int32();
                var values = new List<SpssValue>();
                for (var i = 0; i < count; i++)
                {
                    values.Add(SpssValue.Of(cursor.Text(length)));
                }

                variables[index] = variables[index] with { MissingValues = new SpssMissingValues(values, null, null) };
            }
        }
    }

    private sealed class Cursor(SpssInput input, long offset, byte[] data, Encoding encoding)
    {
        private readonly SpssText _decode = new(encoding);
        private int _at;

        public bool AtEnd => _at >= data.Length;

        public int Int32()
        {
            Need(4);
            var value = input.ToInt32(data.AsSpan(_at, 4));
            _at += 4;
            return value;
        }

        public byte Byte()
        {
            Need(1);
            return data[_at++];
        }

        public string Text(int length)
        {
            Need(length);
            var text = _decode.Decode(data.AsSpan(_at, length));
            _at += length;
            return text;
        }

        public int Variable(List<SpssVariable> variables)
        {
            var name = Text(Int32());
            var index = variables.FindIndex(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(v.ShortName, name, StringComparison.OrdinalIgnoreCase));
            return index >= 0 ? index : throw input.Error(offset + _at, $"a long string record naming an existing variable, not \"{name}\"");
        }

        private void Need(int length)
        {
            if (length < 0 || length > data.Length - _at)
            {
                throw input.Error(offset + _at, $"{length} more bytes inside a long string extension record");
            }
        }
    }
}
