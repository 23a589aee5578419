namespace ValueAtlas.Curation.Review.Store.Sql;

/// <summary>
/// The tables, created if missing. Units keep their decided count so "next" needs no COUNT over
/// decisions; leases reserve a unit for an annotator so overlap holds while they read it.
/// </summary>
internal static class ReviewSchema
{
    public const int Version = 1;

    public static string For(SqlDialect dialect) => $"""
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS queues (name TEXT PRIMARY KEY, overlap INTEGER NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS units (
          id TEXT PRIMARY KEY, queue TEXT NOT NULL REFERENCES queues(name), seq INTEGER NOT NULL,
          kind TEXT NOT NULL, language TEXT NOT NULL, country TEXT NOT NULL, content TEXT NOT NULL,
          state TEXT NOT NULL, decided INTEGER NOT NULL, created_at TEXT NOT NULL, UNIQUE (queue, seq));
        CREATE INDEX IF NOT EXISTS units_pick ON units (queue, state, seq);
        CREATE TABLE IF NOT EXISTS items (queue TEXT NOT NULL, id TEXT NOT NULL, row_json TEXT NOT NULL, PRIMARY KEY (queue, id));
        CREATE TABLE IF NOT EXISTS annotators (
          id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL, languages TEXT NOT NULL,
          token_sha256 TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS decisions (
          id {dialect.IdentityColumn}, unit_id TEXT NOT NULL REFERENCES units(id), annotator_id TEXT NOT NULL REFERENCES annotators(id),
          decision TEXT NOT NULL, reason TEXT, note TEXT, edits TEXT NOT NULL, diffs TEXT NOT NULL,
          adjudication INTEGER NOT NULL, rationale TEXT, decided_at TEXT NOT NULL, UNIQUE (unit_id, annotator_id));
        CREATE INDEX IF NOT EXISTS decisions_by_annotator ON decisions (annotator_id, id);
        CREATE TABLE IF NOT EXISTS leases (
          unit_id TEXT NOT NULL REFERENCES units(id), annotator_id TEXT NOT NULL REFERENCES annotators(id),
          expires_at TEXT NOT NULL, PRIMARY KEY (unit_id, annotator_id));
        CREATE INDEX IF NOT EXISTS leases_by_annotator ON leases (annotator_id);
        CREATE TABLE IF NOT EXISTS audit (
          seq {dialect.IdentityColumn}, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
          queue TEXT, unit_id TEXT, before_json TEXT, after_json TEXT);
        INSERT INTO meta (key, value) VALUES ('schema_version', '{Version}') ON CONFLICT (key) DO NOTHING;
        """;
}
