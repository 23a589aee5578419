namespace ValueAtlas.Formats.Rows;

/// <summary>
/// A file read row by row into one reused row object, so a survey of millions of cells allocates nothing per row:
/// the SPSS and Stata readers' shared shape.
/// </summary>
/// <typeparam name="TRow">The reader's row buffer.</typeparam>
public interface IRowReader<TRow> : IDisposable
    where TRow : class
{
    /// <summary>A row buffer positioned before the first row.</summary>
    TRow StartRows();

    /// <summary>Reads the next row into <paramref name="row"/>; false at the end of the data.</summary>
    bool ReadRow(TRow row);
}
