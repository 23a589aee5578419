using ValueAtlas.Core.Config;
using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Curation.Surveys.Sources;

namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>
/// Where each variable the crosswalk names sits in one file. Every name is looked up before any row is read, and all
/// that are missing are reported together, each at its YAML path and line with the file's closest names.
/// </summary>
public sealed record FileVariables(int Country, int? Weight, int RespondentId, IReadOnlyList<int> Questions)
{
    /// <exception cref="ConfigException">A variable the crosswalk names is not in the file.</exception>
    public static FileVariables Resolve(CrosswalkFile crosswalkFile, ISurveyFile file)
    {
        var crosswalk = crosswalkFile.Crosswalk;
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var folded = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < file.Variables.Count; i++)
        {
            exact.TryAdd(file.Variables[i].Name, i);

            // SPSS names are case-insensitive; a name two variables share up to case must be written exactly.
            if (!folded.TryAdd(file.Variables[i].Name, i))
            {
                folded[file.Variables[i].Name] = -1;
            }
        }

        var errors = new List<ConfigError>();
        int Find(string name, string yamlPath)
        {
            if (exact.TryGetValue(name, out var index) || (folded.TryGetValue(name, out index) && index >= 0))
            {
                return index;
            }

            var fileName = Path.GetFileName(file.Path);
            var closest = ClosestNames.To(name, file.Variables.Select(v => v.Name));
            errors.Add(crosswalkFile.ErrorAt(yamlPath, $"variable {name} is not in {fileName}; closest in {fileName}: {string.Join(", ", closest)}"));
            return -1;
        }

        var country = Find(crosswalk.Country.Variable, "country.variable");
        int? weight = string.IsNullOrWhiteSpace(crosswalk.Weight) ? null : Find(crosswalk.Weight, "weight");
        var id = Find(crosswalk.RespondentId, "respondent_id");
        var questions = new List<int>(crosswalk.Questions.Count);
        for (var i = 0; i < crosswalk.Questions.Count; i++)
        {
            var question = crosswalk.Questions[i];
            var path = string.IsNullOrWhiteSpace(question.Variable) ? $"questions[{i}].id" : $"questions[{i}].variable";
            questions.Add(Find(question.SourceVariable, path));
        }

        ConfigException.ThrowIfAny(errors);
        return new FileVariables(country, weight, id, questions);
    }
}
