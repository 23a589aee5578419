using ValueAtlas.Formats.Rows;

namespace ValueAtlas.Curation.Surveys.Sources;

/// <summary>
/// What the SPSS and Stata survey files share: owning a row reader from the moment it is opened, and walking its
/// reused row while counting rows for error messages.
/// </summary>
internal sealed class RowCursor<TRow>(IRowReader<TRow> reader) : IDisposable
    where TRow : class
{
    /// <summary>The row last read; null before <see cref="Next"/>.</summary>
    public TRow? Current { get; private set; }

    /// <summary>1-based number of <see cref="Current"/>.</summary>
    public long Row { get; private set; }

    /// <summary>Builds the survey file over a just-opened reader, disposing the reader if that fails.</summary>
    public static TFile Adopt<TReader, TFile>(TReader opened, Func<TReader, TFile> create)
        where TReader : IRowReader<TRow>
    {
        try
        {
            return create(opened);
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    public bool Next()
    {
        Current ??= reader.StartRows();
        if (!reader.ReadRow(Current))
        {
            return false;
        }

        Row++;
        return true;
    }

    public void Dispose() => reader.Dispose();
}
