using System.Reflection;
using Parquet.Meta;

namespace ValueAtlas.Formats.Parquet;

/// <summary>
/// Marks the INT64 schema elements that hold our timestamps as TIMESTAMP(MICROS), before any row group is written (see
/// <see cref="ParquetSchemaMapping.ToField"/> for why they are not DateTime fields). Parquet.Net keeps its footer private,
/// so this reaches it by field name; the version is pinned, and the DuckDB tests fail loudly if the name ever moves.
/// </summary>
internal static class TimestampPatch
{
    public static void Apply(global::Parquet.ParquetWriter writer, IReadOnlyList<ParquetColumn> columns)
    {
        var timestamps = columns.Where(c => c.Type == ParquetType.Timestamp).ToDictionary(c => c.Name, StringComparer.Ordinal);
        if (timestamps.Count == 0)
        {
            return;
        }

        var footer = Field(writer, "_footer");
        var meta = (FileMetaData)Field(footer, "_fileMeta");
        foreach (var element in meta.Schema.Where(e => e.Type == global::Parquet.Meta.Type.INT64 && timestamps.ContainsKey(e.Name)))
        {
            var utc = timestamps[element.Name].AdjustedToUtc;
            element.LogicalType = new LogicalType { TIMESTAMP = new TimestampType { IsAdjustedToUTC = utc, Unit = new TimeUnit { MICROS = new MicroSeconds() } } };

            // The legacy converted type means "adjusted to UTC", so a naive column must not carry it.
            element.ConvertedType = utc ? ConvertedType.TIMESTAMP_MICROS : null;
        }
    }

    private static object Field(object owner, string name) =>
        owner.GetType().GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(owner)
        ?? throw new InvalidOperationException($"Parquet.Net changed: {owner.GetType().Name}.{name} is gone; timestamps cannot be marked.");
}
