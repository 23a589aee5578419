// DuckDB running SQL statements, for benchmarks that time DuckDB against valueatlas on the same files.
//   node run-sql.mjs SQL   runs SQL (e.g. COPY (SELECT … FROM read_csv('x.csv')) TO 'y.parquet') and prints
//                          the row count of its last result as {"rows": N}
import { DuckDBInstance } from '@duckdb/node-api';

const [sql] = process.argv.slice(2);
if (!sql) {
  process.stderr.write('usage: run-sql.mjs SQL\n');
  process.exit(2);
}

const conn = await (await DuckDBInstance.create(':memory:')).connect();
const r = await conn.runAndReadAll(sql);
process.stdout.write(JSON.stringify({ rows: r.currentRowCount }) + '\n');
