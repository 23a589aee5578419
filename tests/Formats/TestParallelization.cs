// Tests of this assembly run one at a time. Once (CI, 2026-12-02) ParquetRoundTripTests.LargeColumn_SpansSeveralPages
// read row 0 of a required INT64 column back as null while other tests ran Parquet.Net beside it; 40 parallel
// round trips did not reproduce it. Parquet.Net has had use-after-return bugs with ArrayPool buffers that only show
// when another thread rents the same array, so until the cause is found the tests do not give it that chance; one
// serial run of seven also failed once (test not captured), and two fresh-clone CI runs failed the same test even
// serially, so the reader now reads required columns through Parquet.Net's overload without nulls
// (src/Formats/Parquet/ParquetColumnReader.cs). Neither change is proven to be the fix: see the note of issue 9.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
