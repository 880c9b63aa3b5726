namespace Harbour.Core.Learning;

/// <summary>An eLearning module as its content files describe it: lessons (safe HTML) and a quiz.</summary>
public sealed record LearningModule(
    string Code,
    string Title,
    string Summary,
    int Minutes,
    int PassMark,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<Lesson> Lessons,
    IReadOnlyList<QuizQuestion> Questions)
{
    public Lesson? Lesson(string code) => Lessons.FirstOrDefault(l => l.Code == code);
}

public sealed record Lesson(string Code, string Title, string Html);

public sealed record QuizQuestion(string Code, string Text, IReadOnlyList<QuizOption> Options, string Explanation)
{
    public QuizOption Correct => Options.Single(o => o.IsCorrect);
}

public sealed record QuizOption(string Code, string Text, bool IsCorrect);

/// <summary>How one answer went, with the explanation when it was wrong.</summary>
public sealed record QuestionResult(QuizQuestion Question, string? Answer, bool IsCorrect);

public sealed record QuizResult(IReadOnlyList<QuestionResult> Questions, int PassMark)
{
    public int Correct => Questions.Count(q => q.IsCorrect);

    public int Percent => Questions.Count == 0 ? 0 : (int)Math.Floor(100.0 * Correct / Questions.Count);

    public bool Passed => Percent >= PassMark;
}

/// <summary>Scores a quiz and orders it afresh for each attempt.</summary>
public static class Quiz
{
    /// <summary>Every question scored; a question not answered is wrong.</summary>
    public static QuizResult Score(LearningModule module, IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(answers);
        return new QuizResult(
            module.Questions.Select(q =>
            {
                var answer = answers.GetValueOrDefault(q.Code);
                return new QuestionResult(q, answer, answer == q.Correct.Code);
            }).ToList(),
            module.PassMark);
    }

    /// <summary>
    /// The questions, and each question's options, in an order drawn from the attempt: the same attempt always
    /// shows the same order (so a page shown again with errors does not reshuffle), a new attempt a new one.
    /// </summary>
    public static IReadOnlyList<QuizQuestion> Order(LearningModule module, Guid attempt)
    {
        ArgumentNullException.ThrowIfNull(module);
        var random = new Random(BitConverter.ToInt32(attempt.ToByteArray(), 0));
        return module.Questions
            .OrderBy(_ => random.Next())
            .Select(q => q with { Options = q.Options.OrderBy(_ => random.Next()).ToList() })
            .ToList();
    }
}
