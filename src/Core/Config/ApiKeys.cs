namespace ValueAtlas.Core.Config;

/// <summary>
/// Reads API keys from the environment at the moment they are needed, so a key is never stored in a
/// config, a log or an artifact. Errors name the variable, never its value. A model with replicas (<c>endpoints:</c>)
/// has one key for all of them: they are one model behind one <c>api_key_env</c>.
/// </summary>
public static class ApiKeys
{
    public static string? Resolve(ModelConfig model) => Resolve(model, Environment.GetEnvironmentVariable);

    /// <summary>The key, or null when the model needs none (no api_key_env, e.g. a local vLLM).</summary>
    /// <exception cref="ConfigException">The named variable is not set or is empty.</exception>
    public static string? Resolve(ModelConfig model, Func<string, string?> getEnv)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(getEnv);
        if (model.ApiKeyEnv is not { } name)
        {
            return null;
        }

        var key = getEnv(name);
        if (!string.IsNullOrEmpty(key))
        {
            return key;
        }

        var where = model.ApiKeyEnvLocation;
        var path = model.YamlPath.Length > 0 ? $"{model.YamlPath}.api_key_env" : model.Name.Length > 0 ? $"models.{model.Name}.api_key_env" : "api_key_env";
        var state = key is null ? "is not set" : "is empty";
        var forModel = model.Name.Length > 0 ? $" for model '{model.Name}'" : "";
        throw new ConfigException(new ConfigError(
            where?.File ?? "",
            where?.Line ?? 0,
            where?.Column ?? 0,
            path,
            $"environment variable {name} {state}; set it to the API key{forModel}"));
    }
}
