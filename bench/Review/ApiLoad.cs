using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ValueAtlas.Curation.Review.Annotators;

namespace ValueAtlas.Bench.Review;

/// <summary>Annotators as the page drives the API: GET next unit, POST a decision, each with their own token.</summary>
internal static class ApiLoad
{
    public static async Task<LoadResult> RunAsync(string baseAddress, IReadOnlyList<NewAnnotator> people, int decisionsEach)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = people.Count * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseAddress) };
        var next = new Latencies();
        var decide = new Latencies();
        var total = 0;
        var wall = Stopwatch.StartNew();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = people.Count }, async (person, ct) =>
        {
            var auth = new AuthenticationHeaderValue("Bearer", person.Token);
            for (var i = 0; i < decisionsEach; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var get = new HttpRequestMessage(HttpMethod.Get, "/api/units/next") { Headers = { Authorization = auth } };
                using var unit = await http.SendAsync(get, ct);
                var body = unit.StatusCode == HttpStatusCode.OK ? await unit.Content.ReadAsStringAsync(ct) : null;
                next.Add(Stopwatch.GetElapsedTime(started));
                if (body is null)
                {
                    return;
                }

                var id = UnitId(body);
                var request = DirectLoad.Request(person, i);
                started = Stopwatch.GetTimestamp();
                using var post = new HttpRequestMessage(HttpMethod.Post, $"/api/units/{id}/decisions")
                {
                    Headers = { Authorization = auth },
                    Content = JsonContent.Create(new { decision = request.Decision.ToString().ToLowerInvariant(), reason = request.Reason }),
                };
                using var decided = await http.SendAsync(post, ct);
                decide.Add(Stopwatch.GetElapsedTime(started));
                if (decided.StatusCode == HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref total);
                }
                else
                {
                    throw new InvalidOperationException($"decision refused: {(int)decided.StatusCode} {await decided.Content.ReadAsStringAsync(ct)}");
                }
            }
        });
        return new LoadResult(wall.Elapsed, next, decide, total);
    }

    private static string UnitId(string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return (root.TryGetProperty("unit", out var unit) ? unit : root).GetProperty("id").GetString()!;
    }
}
