namespace Harbour.Core.Access;

/// <summary>
/// Whether a user may open a record: the need-to-know rule, or a break-glass grant still running. Services ask
/// this before reading, so pages and the API behave the same; a record outside scope is treated as not found.
/// </summary>
public sealed class NeedToKnow(BreakGlassService breakGlass)
{
    public async Task<bool> CanOpenAsync(UserScope user, IScopedRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(record);
        return user.UserId != Guid.Empty
            && (RecordAccess.IsWithinScope(user, record)
                || await breakGlass.HasActiveGrantAsync(user.UserId, record.RecordType, record.Id, cancellationToken));
    }
}
