using System.Security.Cryptography;
using Harbour.Core.Access;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Learning;

/// <summary>Passes of one module in one quarter by one organisation (null: members of the public, or staff not signed in).</summary>
public sealed record CompletionCount(Guid? OrganisationId, string? OrganisationName, int Year, int Quarter, string ModuleCode, string ModuleTitle, int Completions);

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

    /// <summary>Completions per organisation, quarter and module between two dates (inclusive), for coordinators and the annual report.</summary>
    public async Task<IReadOnlyList<CompletionCount>> CompletionsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await db.LearningCompletions.AsNoTracking()
            .Where(c => c.CompletedAt >= start && c.CompletedAt < end)
            .GroupBy(c => new { c.OrganisationId, c.CompletedAt.Year, Quarter = ((c.CompletedAt.Month - 1) / 3) + 1, c.ModuleCode, c.ModuleTitle })
            .Select(g => new { g.Key.OrganisationId, g.Key.Year, g.Key.Quarter, g.Key.ModuleCode, g.Key.ModuleTitle, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var ids = rows.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId!.Value).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return rows
            .Select(r => new CompletionCount(r.OrganisationId, r.OrganisationId is { } id ? names.GetValueOrDefault(id) : null, r.Year, r.Quarter, r.ModuleCode, r.ModuleTitle, r.Count))
            .OrderBy(r => r.Year).ThenBy(r => r.Quarter).ThenBy(r => r.OrganisationName ?? "\uffff", StringComparer.Ordinal).ThenBy(r => r.ModuleTitle, StringComparer.Ordinal)
            .ToList();
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
