using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Harbour.Core.Auditing;

/// <summary>The one definition of an event's canonical content and hash, shared by writing and verifying.</summary>
public static class AuditHashing
{
    /// <summary>The previous hash of the first event in a chain.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);

        // Length-prefixed fields: no separator inside a value can make two different events hash alike.
        var canonical = new StringBuilder();
        Append(canonical, e.Id.ToString("D"));
        Append(canonical, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(canonical, e.OccurredAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Append(canonical, e.UserId?.ToString("D"));
        Append(canonical, e.OrganisationId?.ToString("D"));
        Append(canonical, e.Action);
        Append(canonical, e.EntityType);
        Append(canonical, e.EntityId);
        Append(canonical, e.Reason);
        Append(canonical, e.Before);
        Append(canonical, e.After);
        Append(canonical, e.ClientAddress);
        Append(canonical, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>PostgreSQL keeps microseconds; the hash is computed over what every provider stores.</summary>
    public static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);

    private static void Append(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("-1:");
            return;
        }

        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
    }
}
