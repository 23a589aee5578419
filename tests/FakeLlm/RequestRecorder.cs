using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace ValueAtlas.FakeLlm;

/// <summary>Copies what a test may inspect out of the request, because Kestrel reuses its header and body buffers.</summary>
internal static class RequestRecorder
{
    public static async Task<byte[]> ReadBodyAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            if (result.IsCompleted)
            {
                var body = result.Buffer.ToArray();
                reader.AdvanceTo(result.Buffer.End);
                return body;
            }

            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    public static RecordedRequest Record(HttpRequest request, byte[] body)
    {
        var headers = new Dictionary<string, string>(request.Headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        return new RecordedRequest(
            request.Path.Value ?? "/",
            request.Method,
            headers,
            Encoding.UTF8.GetString(body),
            DateTimeOffset.UtcNow);
    }
}
