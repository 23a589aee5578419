using System.Text.RegularExpressions;

namespace ValueAtlas.Curation.Tests.Review.Web;

/// <summary>One script as the running app serves it.</summary>
public sealed record PageScript(string Name, string? MediaType, string? CharSet, bool NoSniff, string Text);

/// <summary>
/// The scripts the review page runs: those index.html names and every module they import, followed
/// through the imports as the browser does, so a check over them covers what the browser loads.
/// </summary>
public static partial class PageScripts
{
    public static async Task<IReadOnlyList<PageScript>> FetchAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var html = await client.GetStringAsync("/", cancellationToken);
        var pending = new Queue<string>(PageScriptSource().Matches(html).Select(m => m.Groups["name"].Value));
        var scripts = new SortedDictionary<string, PageScript>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var name))
        {
            if (scripts.ContainsKey(name))
            {
                continue;
            }

            using var response = await client.GetAsync("/assets/" + name, cancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"/assets/{name} answered {(int)response.StatusCode}");
            var type = response.Content.Headers.ContentType;
            var noSniff = response.Headers.TryGetValues("X-Content-Type-Options", out var values) && values.Contains("nosniff");
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            scripts[name] = new PageScript(name, type?.MediaType, type?.CharSet, noSniff, text);

            // Only static imports of a sibling file are followed; anything else would load a script this walk misses.
            Assert.DoesNotContain("import(", text, StringComparison.Ordinal);
            var imports = ImportSpecifier().Matches(text).Select(m => m.Groups["specifier"].Value).ToList();
            Assert.All(imports, s => Assert.Matches(SiblingModule(), s));
            foreach (var specifier in imports)
            {
                pending.Enqueue(specifier[2..]);
            }
        }

        return [.. scripts.Values];
    }

    [GeneratedRegex(@"<script\b[^>]*\bsrc=""/assets/(?<name>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex PageScriptSource();

    // import { a, b } from './x.js';  import './x.js';  export { a } from './x.js'; (also across lines)
    [GeneratedRegex(@"^\s*(?:import\s*(?:[^'"";]*?\bfrom\s*)?|export\s[^'"";]*?\bfrom\s*)['""](?<specifier>[^'""]*)['""]", RegexOptions.Multiline)]
    private static partial Regex ImportSpecifier();

    [GeneratedRegex(@"^\./[a-z][a-z0-9-]*\.js$")]
    private static partial Regex SiblingModule();
}
