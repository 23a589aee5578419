namespace ValueAtlas.Formats.Spss;

public enum SpssCompression
{
    None = 0,
    Bytecode = 1,
    Zlib = 2,
}
