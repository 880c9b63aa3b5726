using Microsoft.AspNetCore.Identity;

namespace Harbour.Core.Accounts;

/// <summary>
/// NCSC password guidance: long enough, not a common or easily guessed password, and no composition rules.
/// Commonness is judged by zxcvbn, which bundles lists of the most used passwords, words and names and also
/// catches the usual disguises (l33t spelling, keyboard runs, years, repeats).
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<HarbourUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    /// <summary>zxcvbn scores 0–4; 3 means about 10^8 guesses or more, "safely unguessable" online.</summary>
    private const int MinimumScore = 3;

    /// <summary>The GOV.UK-worded problem with a password, or null if it is acceptable.</summary>
    public static string? Problem(string? password, params string?[] personalDetails)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Enter a password";
        }

        if (password.Length < MinimumLength)
        {
            return $"Password must be {MinimumLength} characters or more";
        }

        if (password.Length > MaximumLength)
        {
            return $"Password must be {MaximumLength} characters or fewer";
        }

        var userInputs = personalDetails.Where(d => !string.IsNullOrWhiteSpace(d))
            .SelectMany(d => d!.Split([' ', '@', '.', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Append("harbour")
            .ToList();
        var result = global::Zxcvbn.Zxcvbn.MatchPassword(password, userInputs);
        return result.Score < MinimumScore
            ? "Password is too easy to guess. Try three or more random words, like 'lantern otter pebble quay'"
            : null;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<HarbourUser> manager, HarbourUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var problem = Problem(password, user.DisplayName, user.Email);
        return Task.FromResult(problem is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "Password", Description = problem }));
    }
}
