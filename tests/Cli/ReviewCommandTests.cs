using System.Text.Json;

namespace ValueAtlas.Cli.Tests;

/// <summary>The review admin commands end to end on a SQLite store, with the public ValueConsistency data as items.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Enqueue_twice_adds_units_once_and_status_log_and_annotator_link_report_them()
    {
        await ImportAsync();
        string[] enqueue = ["review", "--db", _dir.File("r.db"), "enqueue", "--items", _dir.File("vc/items.jsonl"), "--queue", "vc", "--overlap", "2"];

        var first = await CliProcess.RunAsync(enqueue);
        var second = await CliProcess.RunAsync(enqueue);
        var added = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "annotator", "add", "김민지", "--languages", "ko,en", "--base-url", "http://127.0.0.1:5999"]);
        var status = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "status", "--json"]);
        var log = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "log", "--json"]);
        var list = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "annotator", "list"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("3257 units added, 0 already there", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 units added, 3257 already there", second.Stderr, StringComparison.Ordinal);
        var token = added.Stdout.Split('\n').Single(l => l.StartsWith("token: ", StringComparison.Ordinal))["token: ".Length..].Trim();
        Assert.Contains($"login: http://127.0.0.1:5999/#token={token}", added.Stdout, StringComparison.Ordinal);
        var queue = JsonDocument.Parse(status.Stdout).RootElement[0];
        Assert.Equal(3257, queue.GetProperty("units").GetInt32());
        Assert.Equal(3257, queue.GetProperty("open").GetInt32());
        var actions = log.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("action").GetString()).ToList();
        Assert.Equal(3257, actions.Count(a => a == "unit.enqueue"));
        Assert.Single(actions, a => a == "annotator.add");
        Assert.Contains("김민지", list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list.Stdout + log.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueue_of_a_file_with_a_bad_line_names_the_line_and_enqueues_nothing()
    {
        await ImportAsync();
        var lines = File.ReadAllLines(_dir.File("vc/items.jsonl")).Take(3).Append("{\"id\": 7}").ToArray();
        File.WriteAllLines(_dir.File("bad.jsonl"), lines);

        var result = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "enqueue", "--items", _dir.File("bad.jsonl"), "--queue", "q"]);
        var status = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "status", "--json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.jsonl:4:", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("[]", status.Stdout.Trim());
    }

    [Fact]
    public async Task Bad_kinds_role_and_missing_store_are_usage_errors()
    {
        var kinds = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "enqueue", "--items", "x.jsonl", "--queue", "q", "--kinds", "topic,poem"]);
        var role = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "annotator", "add", "A", "--languages", "ko", "--role", "boss"]);
        var noStore = await CliProcess.RunAsync(["review", "status"], workingDirectory: _dir.Path);
        var deadServer = await CliProcess.RunAsync(["review", "--pg", "Host=127.0.0.1;Port=1;Username=u;Password=hunter2-secret", "status"]);

        Assert.Equal(2, kinds.ExitCode);
        Assert.Contains("'poem' is not a unit kind", kinds.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, role.ExitCode);
        Assert.Contains("'boss' is not a role", role.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, noStore.ExitCode);
        Assert.Contains("review.yaml", noStore.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, deadServer.ExitCode);
        Assert.Contains("review store: Failed to connect", deadServer.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", deadServer.Stderr + deadServer.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_yaml_with_a_bad_reason_names_its_path_and_line()
    {
        _dir.Write("review/review.yaml", "store:\n  sqlite: state/r.db\nreject_reasons:\n  - { code: ok, ko: 좋음, en: fine }\n  - { code: 'two words', ko: 둘, en: two }\n");

        var result = await CliProcess.RunAsync(["review", "status"], workingDirectory: _dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("review.yaml:5", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("reject_reasons[1].code", result.Stderr, StringComparison.Ordinal);
    }

    private async Task ImportAsync()
    {
        var import = await CliProcess.RunAsync(["import", "valueconsistency", RepoRoot.File("datasets", "external", "valueconsistency"), "--out", _dir.File("vc")]);
        Assert.True(import.ExitCode == 0, import.ToString());
    }
}
