namespace ValueAtlas.Formats.Spss;

/// <summary>Everything read before the data, still as bytes where the text encoding is not yet known.</summary>
internal sealed class RawDictionary
{
    public required bool BigEndian { get; init; }

    public required bool Zsav { get; init; }

    public required byte[] Product { get; init; }

    public required int Compression { get; init; }

    public required int HeaderCaseCount { get; init; }

    public required double Bias { get; init; }

    public required byte[] CreationDate { get; init; }

    public required byte[] CreationTime { get; init; }

    public required byte[] FileLabel { get; init; }

    public List<RawVariable> Variables { get; } = [];

    public List<RawValueLabels> ValueLabels { get; } = [];

    public List<byte[]> Documents { get; } = [];

    public int? CharacterCode { get; set; }

    public double SystemMissing { get; set; } = -double.MaxValue;

    public double Highest { get; set; } = double.MaxValue;

    public double Lowest { get; set; } = BitConverter.Int64BitsToDouble(unchecked((long)0xffeffffffffffffeUL));

    public byte[]? LongNames { get; set; }

    public byte[]? VeryLongStrings { get; set; }

    public List<int>? Display { get; set; }

    public long? CaseCount64 { get; set; }

    public (long Offset, byte[] Name)? EncodingName { get; set; }

    public (long Offset, byte[] Data)? LongStringLabels { get; set; }

    public (long Offset, byte[] Data)? LongStringMissing { get; set; }

    public long DataOffset { get; set; }
}
