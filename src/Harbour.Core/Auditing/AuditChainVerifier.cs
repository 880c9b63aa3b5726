using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Auditing;

public sealed record AuditVerification(long Checked, AuditEvent? FirstBroken, string? Problem)
{
    public bool IsIntact => FirstBroken is null && Problem is null;
}

/// <summary>Walks the whole chain in order and reports the first event whose content, link or position is wrong.</summary>
public sealed class AuditChainVerifier(HarbourDbContext db)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var previousHash = AuditHashing.GenesisHash;
        long expectedSequence = 1;
        long checkedCount = 0;

        await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (e.Sequence != expectedSequence)
            {
                return new AuditVerification(checkedCount, e, $"expected event {expectedSequence} but found {e.Sequence}: an event is missing");
            }

            if (!string.Equals(e.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return new AuditVerification(checkedCount, e, "its previous hash does not match the event before it");
            }

            if (!string.Equals(AuditHashing.ComputeHash(e), e.Hash, StringComparison.Ordinal))
            {
                return new AuditVerification(checkedCount, e, "its content does not match its hash: it was changed after it was written");
            }

            previousHash = e.Hash;
            expectedSequence++;
            checkedCount++;
        }

        return new AuditVerification(checkedCount, null, null);
    }
}
