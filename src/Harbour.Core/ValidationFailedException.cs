namespace Harbour.Core;

/// <summary>
/// Field-by-field problems with a request that only the service can judge (a duplicate email, a role the
/// organisation may not hold), in GOV.UK wording, keyed by the field they belong to. Pages show them in the
/// error summary; the API returns them as a 400 problem.
/// </summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string> errors)
    : Exception(string.Join(" ", errors.Values))
{
    public ValidationFailedException(string field, string message)
        : this(new Dictionary<string, string>(StringComparer.Ordinal) { [field] = message })
    {
    }

    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
