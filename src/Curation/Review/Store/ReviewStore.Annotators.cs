using System.Data.Common;
using ValueAtlas.Core.Config;
using ValueAtlas.Curation.Review.Annotators;

namespace ValueAtlas.Curation.Review.Store;

public sealed partial class ReviewStore
{
    private const string AnnotatorColumns = "id, name, role, languages";

    /// <summary>Adds a person and returns their token, which is known in clear only now.</summary>
    public async Task<NewAnnotator> AddAnnotatorAsync(
        string name, AnnotatorRole role, IReadOnlyList<string> languages, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("an annotator needs a name", nameof(name));
        }

        if (languages.Count == 0)
        {
            throw new ArgumentException("an annotator needs at least one language they read", nameof(languages));
        }

        var annotator = new Annotator { Id = AnnotatorToken.NewId(), Name = name.Trim(), Role = role, Languages = languages };
        var token = AnnotatorToken.Create();
        await using var session = await WriteAsync("annotators", cancellationToken);
        var taken = await session.CountAsync("SELECT COUNT(*) FROM annotators WHERE name = @n", cancellationToken, ("n", annotator.Name));
        if (taken > 0)
        {
            throw new ConfigException($"an annotator named '{annotator.Name}' already exists");
        }

        var now = Now();
        await session.ExecuteAsync(
            "INSERT INTO annotators (id, name, role, languages, token_sha256, created_at) VALUES (@id, @name, @role, @langs, @token, @now)",
            cancellationToken,
            ("id", annotator.Id), ("name", annotator.Name), ("role", RoleName(role)), ("langs", string.Join(',', languages)),
            ("token", AnnotatorToken.Hash(token)), ("now", now));
        await AuditAsync(
            session, now, AdminActor, "annotator.add", null, null, null,
            ToJson(new { annotator.Id, role = RoleName(role), languages }), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return new NewAnnotator(annotator, token);
    }

    /// <summary>The annotator holding this token, or null: the caller answers 401 without saying why.</summary>
    public async Task<Annotator?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        // Every API request authenticates; an annotator, once added, never changes or goes away, so a
        // known token is looked up once per process. (Were annotators ever removed, this must forget them.)
        var hash = AnnotatorToken.Hash(token);
        if (_annotatorsByToken.TryGetValue(hash, out var known))
        {
            return known;
        }

        await using var session = await ReadAsync(cancellationToken);
        var found = (await session.QueryAsync(
            $"SELECT {AnnotatorColumns} FROM annotators WHERE token_sha256 = @t", ReadAnnotator, cancellationToken, ("t", hash))).FirstOrDefault();
        if (found is not null)
        {
            _annotatorsByToken[hash] = found;
        }

        return found;
    }

    /// <summary>By name or by pseudonymous id.</summary>
    public async Task<Annotator?> FindAnnotatorAsync(string nameOrId, CancellationToken cancellationToken)
    {
        await using var session = await ReadAsync(cancellationToken);
        var found = await session.QueryAsync(
            $"SELECT {AnnotatorColumns} FROM annotators WHERE name = @k OR id = @k", ReadAnnotator, cancellationToken, ("k", nameOrId.Trim()));
        return found.FirstOrDefault();
    }

    public async Task<IReadOnlyList<Annotator>> AnnotatorsAsync(CancellationToken cancellationToken)
    {
        await using var session = await ReadAsync(cancellationToken);
        return await session.QueryAsync($"SELECT {AnnotatorColumns} FROM annotators ORDER BY name", ReadAnnotator, cancellationToken);
    }

    public static string RoleName(AnnotatorRole role) => role.ToString().ToLowerInvariant();

    private static Annotator ReadAnnotator(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Name = reader.GetString(1),
        Role = Enum.Parse<AnnotatorRole>(reader.GetString(2), ignoreCase: true),
        Languages = reader.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries),
    };
}
