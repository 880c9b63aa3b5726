using System.Security.Cryptography;
using Harbour.Core.Access;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Learning;

/// <summary>Quiz attempts, certificates and their verification.</summary>
public sealed class LearningService(HarbourDbContext db, TimeProvider time, AuditLog audit)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Scores an attempt; a pass is recorded as a completion with a verification code.</summary>
    public async Task<(QuizResult Result, LearningCompletion? Completion)> SubmitAsync(
        LearningModule module, IReadOnlyDictionary<string, string?> answers, string? learnerName, UserScope? user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (ConcernRules.TextProblem(learnerName, "Your name", 100) is { } problem)
        {
            throw new ValidationFailedException("LearnerName", problem);
        }

        var result = Quiz.Score(module, answers);
        if (!result.Passed)
        {
            return (result, null);
        }

        var completion = new LearningCompletion
        {
            Id = Guid.NewGuid(), ModuleCode = module.Code, ModuleTitle = module.Title, LearnerName = ConcernRules.Clean(learnerName),
            UserId = user?.UserId, OrganisationId = user?.OrganisationId, ScorePercent = result.Percent, CompletedAt = time.GetUtcNow().UtcDateTime,
            VerificationCode = NewCode(),
        };
        db.LearningCompletions.Add(completion);
        audit.Record(actor, "learning.completed", nameof(LearningCompletion), completion.Id.ToString(), after: new { completion.ModuleCode, completion.ScorePercent, completion.OrganisationId });
        await db.SaveChangesAsync(cancellationToken);
        return (result, completion);
    }

    /// <summary>The certificate with this code, ignoring case, spaces and dashes; null for a code that does not exist.</summary>
    public async Task<LearningCompletion?> VerifyAsync(string? code, CancellationToken cancellationToken = default)
    {
        var normalised = Normalise(code);
        return normalised.Length != 12 ? null : await db.LearningCompletions.AsNoTracking().SingleOrDefaultAsync(c => c.VerificationCode == normalised, cancellationToken);
    }

    public static string Normalise(string? code) => new((code ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static string Display(string code) => code.Length == 12 ? $"{code[..4]}-{code[4..8]}-{code[8..]}" : code;

    private static string NewCode() => string.Create(12, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        }
    });
}
