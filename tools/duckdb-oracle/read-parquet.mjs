// DuckDB as an independent Parquet implementation for the C# tests.
//   node read-parquet.mjs FILE [SQL]      prints {"columns": [...], "rows": [...]} as JSON; SQL may use the view t
//                                         (SELECT * FROM read_parquet(FILE)) and {file} (FILE as a quoted literal)
//   node read-parquet.mjs --write OUT CODEC SQL [V1|V2]
//                                         COPY (SQL) TO OUT as Parquet; CODEC is snappy, gzip or uncompressed
import { DuckDBInstance } from '@duckdb/node-api';

const quote = (s) => `'${s.replaceAll("'", "''")}'`;
const args = process.argv.slice(2);
const conn = await (await DuckDBInstance.create(':memory:')).connect();

if (args[0] === '--write') {
  const [, out, codec, sql, version = 'V1'] = args;
  if (!out || !/^(snappy|gzip|uncompressed)$/.test(codec ?? '') || !sql || !/^V[12]$/.test(version)) {
    process.stderr.write('usage: read-parquet.mjs --write OUT snappy|gzip|uncompressed SQL [V1|V2]\n');
    process.exit(2);
  }
  await conn.run(`COPY (${sql}) TO ${quote(out)} (FORMAT parquet, COMPRESSION ${codec}, PARQUET_VERSION ${version})`);
} else {
  const [file, sql = 'SELECT * FROM t'] = args;
  if (!file) {
    process.stderr.write('usage: read-parquet.mjs FILE [SQL]\n');
    process.exit(2);
  }
  await conn.run(`CREATE VIEW t AS SELECT * FROM read_parquet(${quote(file)})`);
  const r = await conn.runAndReadAll(sql.replaceAll('{file}', quote(file)));
  process.stdout.write(JSON.stringify({ columns: r.columnNames(), rows: r.getRowObjectsJson() }) + '\n');
}
