namespace ValueAtlas.Formats.Parquet.Metadata;

/// <summary>PageType codes from parquet.thrift.</summary>
internal static class PageType
{
    public const int DataPage = 0;
    public const int IndexPage = 1;
    public const int DictionaryPage = 2;
    public const int DataPageV2 = 3;
}
