using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Cases;

/// <summary>
/// Hands out references like HMS-2026-000123: one counter per prefix and year, bumped with a single atomic
/// upsert, so two people opening cases at the same moment never get the same number. Call it inside the
/// transaction that saves the record, so a rolled-back save does not use a number up.
/// </summary>
public sealed class CaseReferences(HarbourDbContext db, TimeProvider time)
{
    public const string CasePrefix = "HMS";
    public const string ConcernPrefix = "CON";

    public async Task<string> NextAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var year = time.GetUtcNow().UtcDateTime.Year;
        var numbers = await db.Database.SqlQueryRaw<long>(
                """
                INSERT INTO reference_counters ("Prefix", "Year", "Last") VALUES ({0}, {1}, 1)
                ON CONFLICT ("Prefix", "Year") DO UPDATE SET "Last" = reference_counters."Last" + 1
                RETURNING "Last" AS "Value"
                """,
                prefix, year)
            .ToListAsync(cancellationToken);
        return $"{prefix}-{year}-{numbers.Single():000000}";
    }
}
