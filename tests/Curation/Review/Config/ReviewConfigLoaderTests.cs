using ValueAtlas.Core.Config;
using ValueAtlas.Curation.Review.Config;

namespace ValueAtlas.Curation.Tests.Review.Config;

public sealed class ReviewConfigLoaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Valid_file_names_the_store_beside_it_and_the_reasons()
    {
        var file = _dir.Write("review/review.yaml", """
            store:
              sqlite: state/r.db
            lease_minutes: 45
            reject_reasons:
              - { code: off-topic, ko: 주제 벗어남, en: off topic, needs_note: true }
            """);

        var (config, store, options) = ReviewConfigLoader.Load(file);

        Assert.Equal(Path.Combine(_dir.Path, "review", "state", "r.db"), store.SqlitePath);
        Assert.Equal(45, config.LeaseMinutes);
        Assert.Equal(TimeSpan.FromMinutes(45), options.Lease);
        Assert.True(Assert.Single(options.RejectReasons).NeedsNote);
    }

    [Fact]
    public void Repository_review_yaml_loads_unchanged()
    {
        var (_, store, options) = ReviewConfigLoader.Load(RepoRoot.File("review", "review.yaml"));

        Assert.Equal(RepoRoot.File("review", "state", "review.db"), store.SqlitePath);
        Assert.Equal(9, options.RejectReasons.Count);
        Assert.True(options.RejectReasons.Single(r => r.Code == "other").NeedsNote);
    }

    [Fact]
    public void Misspelled_key_names_file_line_the_key_and_the_valid_keys()
    {
        var file = _dir.Write("review.yaml", "store:\n  sqlite: r.db\nlease_minute: 10\n");

        var ex = Assert.Throws<ConfigException>(() => ReviewConfigLoader.Load(file));

        Assert.Equal(
            $"{file}:3:1: lease_minute: unknown key 'lease_minute'; expected one of: store, lease_minutes, spreadsheet_lease_days, reject_reasons",
            ex.Message);
        Assert.DoesNotContain("ValueAtlas.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_in_the_file_is_reported_together()
    {
        var file = _dir.Write("review.yaml", """
            store:
              sqlit: r.db
            lease_minutes: soon
            spreadsheet_lease_days: 0
            reject_reasons:
              - { code: ok, ko: 좋음, en: fine, note: x }
            """);

        var ex = Assert.Throws<ConfigException>(() => ReviewConfigLoader.Load(file));

        Assert.Equal(
            [
                ("store", 1),
                ("store.sqlit", 2),
                ("lease_minutes", 3),
                ("spreadsheet_lease_days", 4),
                ("reject_reasons[0].note", 6),
            ],
            ex.Errors.Select(e => (e.YamlPath, e.Line)).ToList());
        Assert.Contains("expected a whole number, found 'soon'", ex.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("code, ko, en, needs_note", ex.Errors[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_written_with_nothing_under_it_is_a_config_error()
    {
        var file = _dir.Write("review.yaml", "store:\n");

        var error = Assert.Single(Assert.Throws<ConfigException>(() => ReviewConfigLoader.Load(file)).Errors);

        Assert.Equal(("store", 1), (error.YamlPath, error.Line));
    }
}
