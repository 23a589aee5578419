using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Bench.Generation;

/// <summary>Well-formed answers of the full requested size, as a pure function of the prompt.</summary>
internal sealed class ScaledScript(int topics, int questions, int paraphrases)
{
    public FakeReply? Respond(RecordedRequest request)
    {
        var step = request.Json?["response_format"]?["json_schema"]?["name"]?.GetValue<string>();
        var prompt = request.Json?["messages"]?[0]?["content"]?.GetValue<string>() ?? "";
        var tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(prompt)))[..8];
        var korean = prompt.Any(c => c is >= '\uAC00' and <= '\uD7A3');
        return step switch
        {
            "topics" => FakeReply.Text("{\"topics\": [" + string.Join(",", Enumerable.Range(0, topics).Select(i =>
                $"{{\"name\": \"주제 {tag}-{i}\", \"name_en\": \"Topic {tag}-{i}\", \"description\": \"설명 {i}\", \"description_en\": \"About {i}\"}}")) + "]}"),
            "questions" => FakeReply.Text("{\"questions\": [" + string.Join(",", Enumerable.Range(0, questions).Select(i =>
                $"{{\"text\": \"질문 {tag}-{i}: 찬성하십니까?\", \"text_en\": \"Question {tag}-{i}?\"}}")) + "]}"),
            "options" => FakeReply.Text("""{"options": [{"text": "예", "stance": "supports"}, {"text": "아니요", "stance": "opposes"}]}"""),
            "paraphrases" => FakeReply.Text("{\"paraphrases\": [" + string.Join(",", Enumerable.Range(0, paraphrases).Select(i =>
                korean ? $"\"바꿔 쓴 질문 {tag}-{i}?\"" : $"\"Rephrased {tag}-{i}?\"")) + "]}"),
            "translation" => FakeReply.Text($"{{\"topic\": \"Topic {tag}\", \"question\": \"Question {tag}?\", \"options\": [\"Yes\", \"No\"]}}"),
            _ => null,
        };
    }

    public static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
