using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ValueAtlas.Curation.Tests.Review.Web;

/// <summary>Raw JSON in and out of the API, so the tests check the wire format a script would see.</summary>
public static class Json
{
    public static StringContent Body(string json, string mediaType = "application/json") =>
        new(json, Encoding.UTF8, MediaTypeHeaderValue.Parse(mediaType));

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<string> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        (await ReadAsync(response, cancellationToken)).GetProperty("error").GetString()!;

    /// <summary>Asks for the next unit and returns its id.</summary>
    public static async Task<string> NextUnitIdAsync(HttpClient client, CancellationToken cancellationToken) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/units/next", cancellationToken)).RootElement.GetProperty("unit").GetProperty("id").GetString()!;
}
