using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ValueAtlas.Core.Artifacts;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>API answers in the artifacts' JSON dialect (snake_case, literal Hangul).</summary>
internal static class ApiResults
{
    /// <summary>Requests are read strictly: a misspelt field is an error, not a silently dropped reason.</summary>
    public static JsonSerializerOptions Requests { get; } = new(ArtifactJson.Options)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, ArtifactJson.Options, statusCode: status);

    public static IResult Error(int status, string message) => Json(new ApiError(message), status);
}
