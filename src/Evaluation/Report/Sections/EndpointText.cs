namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>
/// An endpoint as the report may print it: host, port and path only. User info and the query string can carry
/// credentials (user:key@host, ?api_key=…), and the scheme is dropped so the report holds no link a reader might follow.
/// </summary>
public static class EndpointText
{
    public static string Of(string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return "(unparsed endpoint withheld)";
        }

        var port = uri.IsDefaultPort ? "" : $":{uri.Port}";
        return $"{uri.Host}{port}{uri.AbsolutePath.TrimEnd('/')}";
    }
}
