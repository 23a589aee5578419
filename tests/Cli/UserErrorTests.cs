using System.Net;
using System.Net.Sockets;

namespace ValueAtlas.Cli.Tests;

/// <summary>
/// What a new user got wrong, run through the real CLI: each ends with exit 2 and a one-line message saying
/// what to fix, never a stack trace. One case per mistake seen, and one per command family.
/// </summary>
public sealed class UserErrorTests : IDisposable
{
    private const string Model = """model: { provider: openai, endpoint: "http://127.0.0.1:1/v1", model: m }""";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Review_serve_on_a_port_in_use_says_so_in_one_line()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "serve", "--port", $"{port}"]);

        var line = Refused(result);
        Assert.Contains($"--port: {port} is already in use on 127.0.0.1", line, StringComparison.Ordinal);
        Assert.Contains("--port 0", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_serve_with_a_host_that_is_no_address_names_the_option()
    {
        var result = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "serve", "--host", "0.0.0.0x", "--port", "0"]);

        var line = Refused(result);
        Assert.Equal("error: --host: must be an IP address (127.0.0.1, 0.0.0.0, ::) or localhost, not '0.0.0.0x'", line);
    }

    [Fact]
    public async Task Review_enqueue_with_another_overlap_on_an_existing_queue_names_the_queues_overlap()
    {
        var items = _dir.Write("items.jsonl", string.Concat(File.ReadLines(await ImportedItemsAsync()).Take(20).Select(l => l + "\n")));
        var first = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "enqueue", "--items", items, "--queue", "q", "--overlap", "2"]);

        var again = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "enqueue", "--items", items, "--queue", "q", "--overlap", "3"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("error: queue 'q' already exists with overlap 2; enqueue with --overlap 2 or use another queue", Refused(again));
    }

    [Fact]
    public async Task Review_enqueue_of_a_file_that_holds_no_items_says_it_once_with_the_count()
    {
        var import = await CliProcess.RunAsync(["import", "valueconsistency", RepoRoot.File("datasets", "external", "valueconsistency"), "--out", _dir.File("vc")]);
        Assert.True(import.ExitCode == 0, import.ToString());
        var topics = File.ReadLines(_dir.File("vc/topics.jsonl")).Count();

        var result = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "enqueue", "--items", _dir.File("vc/topics.jsonl"), "--queue", "q"]);

        var line = Refused(result);
        Assert.Equal(
            $"error: {_dir.File("vc/topics.jsonl")}:1: field 'provenance' is missing or null ({topics} of {topics} lines are bad this way, the first shown; no line is an item: is this the right file?); nothing was enqueued",
            line);
        Assert.DoesNotContain("ValueAtlas.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_yaml_typo_names_file_line_the_key_and_the_valid_keys()
    {
        var file = _dir.Write("review/review.yaml", "store:\n  sqlite: state/r.db\nlease_minuts: 10\n");

        var result = await CliProcess.RunAsync(["review", "status"], workingDirectory: _dir.Path);

        Assert.Equal(
            $"error: {file}:3:1: lease_minuts: unknown key 'lease_minuts'; expected one of: store, lease_minutes, spreadsheet_lease_days, reject_reasons",
            Refused(result));
    }

    [Fact]
    public async Task Run_config_with_four_unknown_keys_reports_all_four_in_one_run()
    {
        var config = _dir.Write("run.yaml", $"""
            {Model}
            countrys: [KR]
            countries: [KR]
            topics: {"{"} controversial: 1, uncontroversial: 1, uncontroversal: 2 {"}"}
            paraphrase: 2
            filters:
              min_form_per_original: 2
            """);

        var result = await CliProcess.RunAsync(["generate", "--config", config, "--dry-run"]);

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                $"error: {config}:2:1: countrys: unknown key 'countrys'",
                $"{config}:4:49: topics.uncontroversal: unknown key 'uncontroversal'",
                $"{config}:5:1: paraphrase: unknown key 'paraphrase'",
                $"{config}:7:3: filters.min_form_per_original: unknown key 'min_form_per_original'",
            ],
            lines.Select(l => l[..l.IndexOf(';', StringComparison.Ordinal)]));
        Assert.Contains("expected one of: models, cache, seed, model, countries", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_with_a_malformed_prompt_override_names_the_template()
    {
        _dir.Write("prompts/topics.en.txt", "List {{$count}} {{$controversial_phrase}} topics in {{$country_name}} in {{$language_name}} and {{$nonsense}}.\n");
        var config = _dir.Write("run.yaml", $"""
            {Model}
            countries: [KR]
            topics: {"{"} controversial: 1, uncontroversial: 1 {"}"}
            prompts: prompts
            """);

        var result = await CliProcess.RunAsync(["generate", "--config", config, "--dry-run"]);

        var line = Refused(result);
        Assert.Contains("topics.en.txt", line, StringComparison.Ordinal);
        Assert.Contains("nonsense", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_with_a_prompts_folder_that_does_not_exist_names_the_config_line()
    {
        var config = _dir.Write("run.yaml", $"""
            {Model}
            countries: [KR]
            topics: {"{"} controversial: 1, uncontroversial: 1 {"}"}
            prompts: my-prompts
            """);

        var result = await CliProcess.RunAsync(["generate", "--config", config, "--dry-run"]);

        Assert.StartsWith($"error: {config}:4:1: prompts: ", Refused(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Llm_ask_with_a_folder_as_config_says_it_is_a_folder()
    {
        var result = await CliProcess.RunAsync(["llm", "ask", "--config", _dir.Path, "--prompt", "hi"]);

        Assert.Equal($"error: {_dir.Path}: is a folder; give the YAML file", Refused(result));
    }

    [Fact]
    public async Task Llm_batch_given_a_file_of_another_kind_says_it_once_with_the_count()
    {
        var prompts = _dir.Write("prompts.csv", "id,prompt\na,hello\nb,bye\n");

        var result = await CliProcess.RunAsync(["llm", "batch", "--in", prompts, "--endpoint", "http://127.0.0.1:1/v1", "--model", "m"]);

        Assert.Equal(
            $"error: {prompts}:1: 'i' is an invalid start of a value. (byte 1) (3 of 3 lines are bad this way, the first shown; no line is a prompt ({{\"id\", \"prompt\"}}): is this the right file?)",
            Refused(result));
    }

    [Fact]
    public async Task Convert_of_a_file_that_does_not_exist_names_it()
    {
        var missing = _dir.File("nope.csv");

        var result = await CliProcess.RunAsync(["convert", missing, _dir.File("out.parquet")]);

        Assert.Contains(missing, Refused(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_of_a_folder_says_it_is_a_folder()
    {
        var result = await CliProcess.RunAsync(["inspect", _dir.Path]);

        Assert.Equal($"error: {_dir.Path} is a folder; give a file", Refused(result));
    }

    [Fact]
    public async Task Import_of_a_file_where_a_folder_is_expected_names_it()
    {
        var file = _dir.Write("questions.jsonl", "{}\n");

        var result = await CliProcess.RunAsync(["import", "valueconsistency", file, "--out", _dir.File("out")]);

        Assert.Contains(file, Refused(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agreement_of_a_folder_says_it_is_a_folder()
    {
        var result = await CliProcess.RunAsync(["agreement", _dir.Path, "--item", "i", "--rater", "r", "--label", "l"]);

        Assert.Equal($"error: {_dir.Path} is a folder; give a file", Refused(result));
    }

    [Fact]
    public async Task Review_export_to_a_folder_says_it_is_a_folder()
    {
        var items = _dir.Write("items.jsonl", string.Concat(File.ReadLines(await ImportedItemsAsync()).Take(20).Select(l => l + "\n")));
        var db = _dir.File("r.db");
        await CliProcess.RunAsync(["review", "--db", db, "enqueue", "--items", items, "--queue", "q"]);
        await CliProcess.RunAsync(["review", "--db", db, "annotator", "add", "Ada", "--languages", "en,ko"]);
        Directory.CreateDirectory(_dir.File("sheet"));

        var result = await CliProcess.RunAsync(["review", "--db", db, "export", "--queue", "q", "--annotator", "Ada", "--out", _dir.File("sheet")]);

        Assert.Equal($"error: {_dir.File("sheet")} is a folder; give a file", Refused(result));
    }

    [Fact]
    public async Task Review_import_of_a_folder_says_it_is_a_folder()
    {
        var result = await CliProcess.RunAsync(["review", "--db", _dir.File("r.db"), "import", _dir.Path]);

        Assert.Equal($"error: {_dir.Path} is a folder; give the sheet file", Refused(result));
    }

    /// <summary>Exit 2, nothing but one line on stderr, and that line.</summary>
    private static string Refused(CliResult result)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
        return Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('\r');
    }

    private async Task<string> ImportedItemsAsync()
    {
        var import = await CliProcess.RunAsync(["import", "valueconsistency", RepoRoot.File("datasets", "external", "valueconsistency"), "--out", _dir.File("vc")]);
        Assert.True(import.ExitCode == 0, import.ToString());
        return _dir.File("vc/items.jsonl");
    }
}
