using System.Globalization;
using System.Text.Json;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Tests.Parquet;

/// <summary>DuckDB as the independent judge: it must read what we write, and we must read what it writes.</summary>
public sealed class ParquetDuckDbTests
{
    // Casts give every type one unambiguous JSON form: BIGINT and timestamps as strings, DATE as yyyy-MM-dd.
    private const string Normalized =
        "SELECT id::VARCHAR AS id, name, count, score, active, born::VARCHAR AS born, epoch_us(seen)::VARCHAR AS seen, ratio, " +
        "epoch_us(local)::VARCHAR AS local, (hour(clock) * 3600000000 + minute(clock) * 60000000 + microsecond(clock))::VARCHAR AS clock, " +
        "amount::VARCHAR AS amount, code FROM t";

    private const string DuckDbTable =
        "SELECT i::BIGINT AS id, CASE WHEN i % 4 = 1 THEN NULL ELSE ['서울', '', '부산 😀'][i % 3 + 1] END AS name, " +
        "CASE WHEN i % 7 = 3 THEN NULL ELSE (i * 3 - 7)::INTEGER END AS count, " +
        "CASE WHEN i % 5 = 2 THEN NULL ELSE (i * 0.25)::DOUBLE END AS score, " +
        "CASE WHEN i % 3 = 2 THEN NULL ELSE i % 2 = 0 END AS active, " +
        "CASE WHEN i % 6 = 3 THEN NULL ELSE DATE '1950-01-01' + (i * 37)::INTEGER END AS born, " +
        "CASE WHEN i % 9 = 4 THEN NULL ELSE TIMESTAMPTZ '2024-02-29 23:59:58+00' + i * INTERVAL 123457 MICROSECOND END AS seen, " +
        "CASE WHEN i % 8 = 5 THEN NULL ELSE (i * 0.5 - 3)::FLOAT END AS ratio, " +
        "CASE WHEN i % 5 = 1 THEN NULL ELSE TIMESTAMP '2018-05-06 10:10:10' + i * INTERVAL 98765432 MICROSECOND END AS local, " +
        "CASE WHEN i % 6 = 2 THEN NULL ELSE TIME '10:10:10' + i * INTERVAL 1234567 MICROSECOND END AS clock, " +
        "CASE WHEN i % 9 = 7 THEN NULL ELSE (i * 123.45 - 999.99)::DECIMAL(12,2) END AS amount, " +
        "['A', 'B', 'C'][i % 3 + 1] AS code " +
        "FROM range(0, 5000) r(i)";

    [Theory]
    [InlineData(ParquetCompression.Snappy)]
    [InlineData(ParquetCompression.Gzip)]
    [InlineData(ParquetCompression.Zstd)]
    [InlineData(ParquetCompression.None)]
    public async Task DuckDb_ReadsWhatWeWrite(ParquetCompression compression)
    {
        using var temp = new TempDirectory();
        var file = temp.File("ours.parquet");
        ParquetColumnData[][] groups = [SampleTable.Columns(40), SampleTable.Columns(25, 40)];
        var options = new ParquetWriterOptions { Compression = compression, KeyValueMetadata = [new("origin", "값 아틀라스")] };

        await ParquetWriter.WriteAsync(file, SampleTable.Schema, groups, options, CancellationToken.None);

        var rows = await DuckDbOracle.QueryAsync(file, Normalized);
        Assert.Equal(65, rows.Length);
        var expected = groups.SelectMany(g => Enumerable.Range(0, g[0].Count).Select(r => g.Select(c => c[r]).ToArray())).ToArray();
        for (var r = 0; r < rows.Length; r++)
        {
            AssertRow(expected[r], rows[r], $"row {r}");
        }

        var types = await DuckDbOracle.QueryAsync(file, "SELECT column_name, column_type FROM (DESCRIBE t)");
        Assert.Equal(
            ["BIGINT", "VARCHAR", "INTEGER", "DOUBLE", "BOOLEAN", "DATE", "TIMESTAMP WITH TIME ZONE", "FLOAT", "TIMESTAMP", "TIME", "DECIMAL(12,2)", "VARCHAR"],
            types.Select(t => t.GetProperty("column_type").GetString()));
        var kv = await DuckDbOracle.QueryAsync(file, "SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata({file})");
        Assert.Equal("값 아틀라스", Assert.Single(kv, k => k.GetProperty("k").GetString() == "origin").GetProperty("v").GetString());
    }

    [Fact]
    public async Task DuckDb_AgreesWithOurStatistics()
    {
        using var temp = new TempDirectory();
        var file = temp.File("stats.parquet");
        await ParquetWriter.WriteAsync(file, SampleTable.Schema, [SampleTable.Columns(30)], null, CancellationToken.None);

        var stats = await DuckDbOracle.QueryAsync(
            file, "SELECT path_in_schema AS c, stats_min_value AS lo, stats_max_value AS hi, stats_null_count::VARCHAR AS n FROM parquet_metadata({file})");
        var ours = (await ParquetReader.InspectAsync(file, CancellationToken.None)).RowGroups[0].Columns;

        Assert.Equal(ours.Select(c => c.Name), stats.Select(s => s.GetProperty("c").GetString()));
        for (var i = 0; i < ours.Count; i++)
        {
            Assert.Equal(ours[i].NullCount?.ToString(CultureInfo.InvariantCulture), stats[i].GetProperty("n").GetString());
        }

        Assert.Equal("", stats[1].GetProperty("lo").GetString());
        Assert.Equal("서울", stats[1].GetProperty("hi").GetString());
        Assert.Equal("-5", stats[0].GetProperty("lo").GetString());
        // Parquet.Net writes no boolean statistics; neither reader may then invent any.
        Assert.Equal(JsonValueKind.Null, stats[4].GetProperty("hi").ValueKind);
        Assert.Null(ours[4].Max);
        Assert.Equal("1950-01-01", stats[5].GetProperty("lo").GetString());
    }

    [Theory]
    [InlineData("snappy")]
    [InlineData("gzip")]
    [InlineData("uncompressed")]
    public async Task We_ReadWhatDuckDbWrites(string codec)
    {
        using var temp = new TempDirectory();
        var file = temp.File("duck.parquet");
        await DuckDbOracle.WriteAsync(file, codec, DuckDbTable);

        var expected = await DuckDbOracle.QueryAsync(file, Normalized);
        var rows = await ReadAllRowsAsync(file);

        Assert.Equal(expected.Length, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            AssertRow(rows[r], expected[r], $"row {r}");
        }

        var info = await ParquetReader.InspectAsync(file, CancellationToken.None);
        Assert.Contains(info.RowGroups.SelectMany(g => g.Columns), c => c.Encodings.Contains("PLAIN_DICTIONARY") || c.Encodings.Contains("RLE_DICTIONARY"));
    }

    [Theory]
    [InlineData("snappy")]
    [InlineData("gzip")]
    public async Task We_ReadDuckDbParquetV2Files(string codec)
    {
        using var temp = new TempDirectory();
        var file = temp.File("duck-v2.parquet");

        // V2 gives DELTA_BINARY_PACKED integers, BYTE_STREAM_SPLIT floating point and RLE_DICTIONARY strings.
        await DuckDbOracle.WriteAsync(file, codec, DuckDbTable, "V2");

        var expected = await DuckDbOracle.QueryAsync(file, Normalized);
        var rows = await ReadAllRowsAsync(file);

        Assert.Equal(expected.Length, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            AssertRow(rows[r], expected[r], $"row {r}");
        }
    }

    [Fact]
    public async Task DuckDb_FiltersOurTimestampsByTheirStatistics()
    {
        using var temp = new TempDirectory();
        var file = temp.File("filter.parquet");
        await ParquetWriter.WriteAsync(file, SampleTable.Schema, [SampleTable.Columns(100)], null, CancellationToken.None);

        // DuckDB skips row groups by their min/max: wrong statistics would make these counts 0.
        var counts = await DuckDbOracle.QueryAsync(
            file,
            "SELECT (SELECT count(*) FROM t WHERE local >= TIMESTAMP '2018-05-06 10:10:10')::INTEGER AS a, " +
            "(SELECT count(*) FROM t WHERE seen > TIMESTAMPTZ '2024-01-01 00:00:00+00')::INTEGER AS b, " +
            "(SELECT count(*) FROM t WHERE clock >= TIME '00:00:00')::INTEGER AS c");

        Assert.Equal(80, counts[0].GetProperty("a").GetInt32());
        Assert.Equal(86, counts[0].GetProperty("b").GetInt32());
        Assert.Equal(83, counts[0].GetProperty("c").GetInt32());
    }

    private static async Task<List<object?[]>> ReadAllRowsAsync(string file)
    {
        using var reader = await ParquetReader.OpenAsync(file, CancellationToken.None);
        var rows = new List<object?[]>();
        await foreach (var group in reader.ReadRowGroupsAsync(CancellationToken.None))
        {
            for (var r = 0; r < group[0].Count; r++)
            {
                rows.Add(group.Select(c => c[r]).ToArray());
            }
        }

        return rows;
    }

    private static void AssertRow(object?[] ours, JsonElement duck, string where)
    {
        object?[] normalized =
        [
            (ours[0] as long?)?.ToString(CultureInfo.InvariantCulture),
            ours[1],
            ours[2],
            ours[3],
            ours[4],
            (ours[5] as DateOnly?)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ours[6] is DateTime t ? ((t.Ticks - DateTime.UnixEpoch.Ticks) / 10).ToString(CultureInfo.InvariantCulture) : null,
            (ours[7] as float?) is { } f ? (double)f : null,
            ours[8] is DateTime l ? ((l.Ticks - DateTime.UnixEpoch.Ticks) / 10).ToString(CultureInfo.InvariantCulture) : null,
            (ours[9] as TimeOnly?) is { } clock ? (clock.Ticks / 10).ToString(CultureInfo.InvariantCulture) : null,
            (ours[10] as decimal?)?.ToString(CultureInfo.InvariantCulture),
            ours[11],
        ];
        string[] names = ["id", "name", "count", "score", "active", "born", "seen", "ratio", "local", "clock", "amount", "code"];
        for (var c = 0; c < names.Length; c++)
        {
            var theirs = Json(duck.GetProperty(names[c]));
            if (ours[c] is DateTime time)
            {
                Assert.Equal(c == 6 ? DateTimeKind.Utc : DateTimeKind.Unspecified, time.Kind);
            }

            if (theirs is int whole && normalized[c] is double)
            {
                theirs = (double)whole;
            }

            Assert.True(Equals(normalized[c], theirs), $"{where} {names[c]}: ours {normalized[c]}, DuckDB {duck.GetProperty(names[c])}");
        }
    }

    private static object? Json(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when e.TryGetInt32(out var i) => i,
        JsonValueKind.Number => e.GetDouble(),
        _ => e.ToString(),
    };
}
