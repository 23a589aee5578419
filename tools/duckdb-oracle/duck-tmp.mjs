import { DuckDBInstance } from '@duckdb/node-api';
const [csv, out] = process.argv.slice(2);
const conn = await (await DuckDBInstance.create(':memory:')).connect();
const t = Date.now();
await conn.run(`COPY (SELECT * FROM read_csv('${csv}')) TO '${out}' (FORMAT parquet, COMPRESSION snappy)`);
console.log(`duckdb copy ${(Date.now() - t) / 1000} s`);
