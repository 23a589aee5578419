using System.Reflection;

namespace ValueAtlas.Core.Prompts;

/// <summary>Where a stage's built-in templates live and how they are named and chosen.</summary>
/// <param name="ResourceAssembly">The assembly that embeds the built-in <c>{kind}.{lang}.txt</c> files.</param>
/// <param name="ResourcePrefix">What precedes the file name in a resource's name, e.g. <c>ValueAtlas.Generation.Prompts.</c>.</param>
/// <param name="Kinds">The template names and each one's variables.</param>
/// <param name="FallbackLanguage">The language whose template stands in for a language without one.</param>
public sealed record TemplateSource(Assembly ResourceAssembly, string ResourcePrefix, TemplateKinds Kinds, string FallbackLanguage = "en");
