using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ValueAtlas.FakeLlm;

/// <summary>
/// Realistic answers to the generation chain's steps, in Korean (and English for translations), told apart by the
/// response schema's name. A pure function of the request, so an interrupted run and a whole run get the same
/// answers. It also answers the way real models go wrong, each on a fixed question:
/// question 1's options come as a stance map keyed by answer text, question 2's as full-width JSON in a code fence
/// with commentary, question 3's Korean paraphrases in English (wrong language, quarantined), and the topic 교육
/// gets an empty question list (quarantined). The uncontroversial list repeats 사형제, a topic in both lists.
/// </summary>
public static partial class GenerationScript
{
    public static FakeReply? Respond(RecordedRequest request)
    {
        var step = request.Json?["response_format"]?["json_schema"]?["name"]?.GetValue<string>();
        // The first message is the step's prompt; later ones are re-asks, which get the same answer as the prompt did.
        var prompt = request.Json?["messages"]?[0]?["content"]?.GetValue<string>() ?? request.LastUserMessage ?? "";
        var tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(prompt)))[..6];
        var index = QuestionIndex().Match(prompt) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
        return step switch
        {
            "topics" when prompt.Contains("논쟁의 여지가 없는 주제를", StringComparison.Ordinal) => FakeReply.Text(
                "다음은 요청하신 주제입니다.\n```json\n" + Topics(("효도", "Filial piety"), ("사형제", "Death penalty"), ("교육", "Education")) + "\n```\n참고가 되길 바랍니다."),
            "topics" => FakeReply.Text(Topics(("사형제", "Death penalty"), ("징병제", "Conscription"))),
            "questions" when prompt.Contains("교육", StringComparison.Ordinal) => FakeReply.Text("""{"questions": []}"""),
            "questions" => FakeReply.Text("{\"questions\": [" + string.Join(", ", Enumerable.Range(0, 4).Select(i =>
                $"{{\"text\": \"질문 {tag}-{i}번: 이 제도를 유지해야 한다고 생각하십니까?\", \"text_en\": \"Question {tag}-{i}: should this be kept?\"}}")) + "]}"),
            "options" when index == 1 => FakeReply.Text("""{"options": {"예": "supports", "아니요": "opposes"}}"""),
            "options" when index == 2 => FakeReply.Text("```json\n｛“options”：［｛“text”：“예”，“stance”：“supports”｝，｛“text”：“아니요”，“stance”：“opposes”｝］｝\n```\n위와 같이 답합니다."),
            "options" => FakeReply.Text("""{"options": [{"text": "예", "stance": "supports"}, {"text": "아니요", "stance": "opposes"}]}"""),
            "paraphrases" when HasHangul(prompt) && index == 3 => FakeReply.Text("""{"paraphrases": ["Do you think so?", "Is that right?"]}"""),
            "paraphrases" when HasHangul(prompt) => FakeReply.Text($"{{\"paraphrases\": [\"질문 {tag}: 이 제도를 계속 유지해야 합니까?\", \"질문 {tag}: 이 제도가 존속되어야 한다고 보십니까?\"]}}"),
            "paraphrases" => FakeReply.Text($"{{\"paraphrases\": [\"Q {tag}: should this system be maintained?\", \"Q {tag}: do you think this should stay?\"]}}"),
            "translation" => FakeReply.Text($"{{\"topic\": \"Topic {tag}\", \"question\": \"Question {tag} (#{index}): should this system be kept?\", \"options\": [\"Yes\", \"No\"]}}"),
            _ => null,
        };
    }

    private static string Topics(params (string Name, string English)[] topics) =>
        "{\"topics\": [" + string.Join(", ", topics.Select(t =>
            $"{{\"name\": \"{t.Name}\", \"name_en\": \"{t.English}\", \"description\": \"{t.Name}에 관한 한국 사회의 가치관.\", \"description_en\": \"Korean values about {t.English}.\"}}")) + "]}";

    private static bool HasHangul(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3');

    [GeneratedRegex(@"-(\d)번")]
    private static partial Regex QuestionIndex();
}
