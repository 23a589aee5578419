using ValueAtlas.Core.Config;

namespace ValueAtlas.Core.Tests.Config;

/// <summary><c>endpoint:</c> (one URL) or <c>endpoints:</c> (replicas of one model): exactly one of the two.</summary>
public sealed class ModelEndpointsTests
{
    [Fact]
    public void Endpoints_list_loads_as_replicas_of_one_model()
    {
        var config = RunConfigLoader.LoadFromText("""
            models:
              exaone:
                endpoints:
                  - http://gpu1:8000/v1
                  - http://gpu2:8000/v1
                model: exaone
                max_concurrency: 64
            """, "run.yaml");

        var model = config.Models["exaone"];
        Assert.True(model.HasReplicas);
        Assert.Equal("", model.Endpoint);
        Assert.Equal(["http://gpu1:8000/v1", "http://gpu2:8000/v1"], model.AllEndpoints);
    }

    [Fact]
    public void Single_endpoint_is_its_only_endpoint_and_no_replicas()
    {
        var model = RunConfigLoader.LoadFromText("""
            models:
              exaone:
                endpoint: http://127.0.0.1:8000/v1
                model: exaone
            """, "run.yaml").Models["exaone"];

        Assert.False(model.HasReplicas);
        Assert.Null(model.Endpoints);
        Assert.Equal(["http://127.0.0.1:8000/v1"], model.AllEndpoints);
    }

    [Fact]
    public void Replica_that_is_not_a_url_is_named_by_its_index_and_line()
    {
        var error = SingleError("""
            models:
              exaone:
                endpoints:
                  - http://gpu1:8000/v1
                  - gpu2:8000
                model: exaone
            """);

        Assert.Equal(("models.exaone.endpoints[1]", 5), (error.YamlPath, error.Line));
        Assert.Contains("absolute http or https URL", error.Message, StringComparison.Ordinal);
        Assert.Contains("'gpu2:8000'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_endpoint_and_endpoints_is_an_error()
    {
        var error = SingleError("""
            models:
              exaone:
                endpoint: http://gpu1:8000/v1
                endpoints: [http://gpu1:8000/v1, http://gpu2:8000/v1]
                model: exaone
            """);

        Assert.Equal(("models.exaone.endpoints", 4), (error.YamlPath, error.Line));
        Assert.Contains("not both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_endpoint_nor_endpoints_is_an_error_naming_both()
    {
        var error = SingleError("""
            models:
              exaone:
                model: exaone
            """);

        Assert.Equal(("models.exaone.endpoint", 2), (error.YamlPath, error.Line));
        Assert.Contains("is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("endpoints:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_endpoints_list_is_an_error()
    {
        var error = SingleError("""
            models:
              exaone:
                endpoints: []
                model: exaone
            """);

        Assert.Equal(("models.exaone.endpoints", 3), (error.YamlPath, error.Line));
        Assert.Contains("at least one URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replica_listed_twice_is_an_error_at_the_repeat()
    {
        var error = SingleError("""
            models:
              exaone:
                endpoints:
                  - http://gpu1:8000/v1
                  - http://gpu2:8000/v1
                  - http://GPU1:8000/v1/
                model: exaone
            """);

        Assert.Equal(("models.exaone.endpoints[2]", 6), (error.YamlPath, error.Line));
        Assert.Contains("repeats endpoints[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endpoints_that_is_not_a_list_is_a_shape_error()
    {
        var error = SingleError("""
            models:
              exaone:
                endpoints: http://gpu1:8000/v1
                model: exaone
            """);

        Assert.Equal(("models.exaone.endpoints", 3), (error.YamlPath, error.Line));
        Assert.Contains("a list of texts", error.Message, StringComparison.Ordinal);
    }

    private static ConfigError SingleError(string yaml) =>
        Assert.Single(Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText(yaml, "run.yaml")).Errors);
}
