using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Harbour.Core.Learning;

/// <summary>
/// Reads the eLearning modules from Markdown and YAML files (see <c>content/elearning/README.md</c>), so a partnership
/// edits them without code. Markdown becomes HTML through Markdig, then a sanitiser keeps only plain content: no
/// scripts, styles, event handlers, iframes or forms, whatever the files say.
/// </summary>
public sealed class LearningContent
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().Build();

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    private LearningContent(IReadOnlyList<LearningModule> modules) => Modules = modules;

    public IReadOnlyList<LearningModule> Modules { get; }

    public LearningModule? Module(string code) => Modules.FirstOrDefault(m => m.Code == code);

    /// <summary>Loads every module folder under <paramref name="directory"/>; a mistake in any file stops the load with a message naming it.</summary>
    public static LearningContent Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException($"The eLearning content folder '{directory}' does not exist.");
        }

        var modules = Directory.GetDirectories(directory)
            .Where(d => File.Exists(Path.Combine(d, "module.yaml")))
            .Select(LoadModule)
            .OrderBy(m => m.Code, StringComparer.Ordinal)
            .ToList();
        return new LearningContent(modules);
    }

    /// <summary>Markdown to HTML with everything but plain content removed.</summary>
    public static string RenderSafe(string markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown, Markdown);
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[] { "h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "br", "hr" })
        {
            sanitizer.AllowedTags.Add(tag);
        }

        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.Add("href");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        return sanitizer.Sanitize(html);
    }

    private static LearningModule LoadModule(string folder)
    {
        var file = Yaml.Deserialize<ModuleFile>(File.ReadAllText(Path.Combine(folder, "module.yaml")))
            ?? throw new InvalidOperationException($"{folder}/module.yaml is empty.");
        var lessons = (file.Lessons ?? []).Select(code =>
        {
            var path = Path.Combine(folder, code + ".md");
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{file.Code}: the lesson file {code}.md is missing.");
            }

            var markdown = File.ReadAllText(path);
            var document = Markdig.Markdown.Parse(markdown, Markdown);
            var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1)
                ?? throw new InvalidOperationException($"{file.Code}: {code}.md has no # heading for its title.");
            var title = markdown.Substring(heading.Span.Start, heading.Span.Length).TrimStart('#').Trim();
            // The page gives the title its own h1; the lesson's body starts after it.
            var body = markdown.Remove(heading.Span.Start, heading.Span.Length);
            return new Lesson(code, title, RenderSafe(body));
        }).ToList();
        var quiz = Yaml.Deserialize<QuizFile>(File.ReadAllText(Path.Combine(folder, "quiz.yaml")));
        var questions = (quiz?.Questions ?? []).Select(q =>
        {
            var options = (q.Options ?? []).Select(o => new QuizOption(o.Code, o.Text, o.Correct)).ToList();
            if (options.Count(o => o.IsCorrect) != 1)
            {
                throw new InvalidOperationException($"{file.Code}: question '{q.Code}' must have exactly one correct option.");
            }

            return new QuizQuestion(q.Code, q.Question, options, q.Explanation);
        }).ToList();
        if (questions.Count == 0 || lessons.Count == 0)
        {
            throw new InvalidOperationException($"{file.Code}: a module needs lessons and a quiz.");
        }

        return new LearningModule(file.Code, file.Title, file.Summary, file.Minutes, file.PassMark, file.Outcomes ?? [], lessons, questions);
    }

#pragma warning disable CA1812 // Instantiated by YamlDotNet.
    private sealed class ModuleFile
    {
        public string Code { get; set; } = "";

        public string Title { get; set; } = "";

        public string Summary { get; set; } = "";

        public int Minutes { get; set; }

        public int PassMark { get; set; } = 80;

        public List<string>? Outcomes { get; set; }

        public List<string>? Lessons { get; set; }
    }

    private sealed class QuizFile
    {
        public List<QuestionItem>? Questions { get; set; }
    }

    private sealed class QuestionItem
    {
        public string Code { get; set; } = "";

        public string Question { get; set; } = "";

        public string Explanation { get; set; } = "";

        public List<OptionItem>? Options { get; set; }
    }

    private sealed class OptionItem
    {
        public string Code { get; set; } = "";

        public string Text { get; set; } = "";

        public bool Correct { get; set; }
    }
#pragma warning restore CA1812
}
