// DuckDB as an independent CSV reader for the C# tests (the review spreadsheets).
//   node read-csv.mjs FILE [SQL]   prints {"columns": [...], "rows": [...]} as JSON; every cell is read as text
//                                  (all_varchar) with the header, separator and quoting DuckDB detects itself;
//                                  SQL may use the view t (the file's rows)
import { DuckDBInstance } from '@duckdb/node-api';

const quote = (s) => `'${s.replaceAll("'", "''")}'`;
const [file, sql = 'SELECT * FROM t'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: read-csv.mjs FILE [SQL]\n');
  process.exit(2);
}

const conn = await (await DuckDBInstance.create(':memory:')).connect();
await conn.run(`CREATE VIEW t AS SELECT * FROM read_csv(${quote(file)}, header = true, all_varchar = true)`);
const r = await conn.runAndReadAll(sql);
process.stdout.write(JSON.stringify({ columns: r.columnNames(), rows: r.getRowObjectsJson() }) + '\n');
