using System.Text;

namespace ValueAtlas.Formats.Spss;

/// <summary>Reads the header and dictionary records up to and including the termination record (999).</summary>
internal static class SpssRecordReader
{
    public static RawDictionary Read(SpssInput input)
    {
        Span<byte> magic = stackalloc byte[4];
        input.ReadExactly(magic, "the magic \"$FL2\" or \"$FL3\"");
        var zsav = magic.SequenceEqual("$FL3"u8);
        if (!zsav && !magic.SequenceEqual("$FL2"u8))
        {
            throw input.Error(0, "the magic \"$FL2\" or \"$FL3\" of an SPSS system file");
        }

        var product = input.ReadBytes(60, "the product name");
        var layoutAt = input.Position;
        Span<byte> layout = stackalloc byte[4];
        input.ReadExactly(layout, "the layout code");
        // The layout code is 2 or 3 in the writer's byte order, which tells us the byte order of every later number.
        input.BigEndian = false;
        var code = input.ToInt32(layout);
        if (code is not (2 or 3))
        {
            input.BigEndian = true;
            code = input.ToInt32(layout);
            if (code is not (2 or 3))
            {
                throw input.Error(layoutAt, "a layout code of 2 or 3 in either byte order");
            }
        }

        input.ReadInt32("the nominal case size");
        var compressionAt = input.Position;
        var compression = input.ReadInt32("the compression code");
        if (compression is < 0 or > 2 || (compression == 2) != zsav)
        {
            throw input.Error(compressionAt, zsav ? "compression code 2 in a $FL3 file" : "compression code 0 or 1 in a $FL2 file");
        }

        input.ReadInt32("the weight index");
        var dictionary = new RawDictionary
        {
            BigEndian = input.BigEndian,
            Zsav = zsav,
            Product = product,
            Compression = compression,
            HeaderCaseCount = input.ReadInt32("the case count"),
            Bias = input.ReadDouble("the compression bias"),
            CreationDate = input.ReadBytes(9, "the creation date"),
            CreationTime = input.ReadBytes(8, "the creation time"),
            FileLabel = input.ReadBytes(64, "the file label"),
        };
        input.Skip(3, "the header padding");
        ReadRecords(input, dictionary);
        return dictionary;
    }

    private static void ReadRecords(SpssInput input, RawDictionary dictionary)
    {
        var slot = 0;
        while (true)
        {
            var at = input.Position;
            var type = input.ReadInt32("a record type");
            switch (type)
            {
                case 2:
                    var variable = ReadVariable(input, at, slot);
                    if (variable.Width == -1 && (dictionary.Variables.Count == 0 || dictionary.Variables[^1].Width <= 8 && dictionary.Variables[^1].Width != -1))
                    {
                        throw input.Error(at, "a string continuation record right after a string variable");
                    }

                    dictionary.Variables.Add(variable);
                    slot++;
                    break;
                case 3:
                    dictionary.ValueLabels.Add(ReadValueLabels(input, at));
                    break;
                case 6:
                    var lines = input.ReadInt32("the number of document lines");
                    if (lines < 0 || (long)lines * 80 > input.Remaining)
                    {
                        throw input.Error(at + 4, $"a document line count that fits the file, not {lines}");
                    }

                    for (var i = 0; i < lines; i++)
                    {
                        dictionary.Documents.Add(input.ReadBytes(80, "a document line"));
                    }

                    break;
                case 7:
                    SpssExtensionReader.Read(input, at, dictionary);
                    break;
                case 999:
                    input.ReadInt32("the filler of the dictionary termination record");
                    dictionary.DataOffset = input.Position;
                    return;
                default:
                    throw input.Error(at, $"a record type 2, 3, 6, 7 or 999, not {type}");
            }
        }
    }

    private static RawVariable ReadVariable(SpssInput input, long at, int slot)
    {
        var width = input.ReadInt32("the variable type");
        var hasLabel = input.ReadInt32("the variable label flag");
        var missingAt = input.Position;
        var missingCode = input.ReadInt32("the missing value count");
        var print = input.ReadInt32("the print format");
        var write = input.ReadInt32("the write format");
        var name = input.ReadBytes(8, "the variable name");
        if (width is < -1 or > 255)
        {
            throw input.Error(at + 4, $"a variable type between -1 and 255, not {width}");
        }

        string? label = null;
        if (hasLabel == 1)
        {
            var length = input.ReadInt32("the variable label length");
            var bytes = input.ReadBytes(length, "the variable label");
            input.Skip((4 - (length % 4)) % 4, "the variable label padding");
            label = Encoding.Latin1.GetString(bytes);
        }
        else if (hasLabel != 0)
        {
            throw input.Error(at + 8, $"a variable label flag of 0 or 1, not {hasLabel}");
        }

        if (missingCode is < -3 or > 3 or -1 || (missingCode < 0 && width != 0))
        {
            throw input.Error(missingAt, $"a missing value code of 0 to 3 (or -2, -3 for numbers), not {missingCode}");
        }

        var missing = new List<byte[]>();
        for (var i = 0; i < Math.Abs(missingCode); i++)
        {
            missing.Add(input.ReadBytes(8, "a missing value"));
        }

        return new RawVariable(at, slot, width, Encoding.Latin1.GetString(name), label, missingCode, missing, print, write);
    }

    private static RawValueLabels ReadValueLabels(SpssInput input, long at)
    {
        var count = input.ReadInt32("the number of value labels");
        if (count < 0 || (long)count * 16 > input.Remaining)
        {
            throw input.Error(at + 4, $"a value label count that fits the file, not {count}");
        }

        var labels = new List<(byte[], byte[])>(count);
        for (var i = 0; i < count; i++)
        {
            var value = input.ReadBytes(8, "a value label's value");
            var length = input.ReadBytes(1, "a value label's length")[0];
            var label = input.ReadBytes(length, "a value label");
            input.Skip((8 - ((length + 1) % 8)) % 8, "the value label padding");
            labels.Add((value, label));
        }

        var indexAt = input.Position;
        if (input.ReadInt32("the record type 4 after a value label record") != 4)
        {
            throw input.Error(indexAt, "a value label variables record (type 4) after the value labels (type 3)");
        }

        var variables = input.ReadInt32("the number of labelled variables");
        if (variables < 0 || (long)variables * 4 > input.Remaining)
        {
            throw input.Error(indexAt + 4, $"a labelled variable count that fits the file, not {variables}");
        }

        var slots = new List<int>(variables);
        for (var i = 0; i < variables; i++)
        {
            slots.Add(input.ReadInt32("a labelled variable index"));
        }

        return new RawValueLabels(at, labels, slots);
    }
}
