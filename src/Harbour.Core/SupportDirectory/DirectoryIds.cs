using System.Security.Cryptography;
using System.Text;

namespace Harbour.Core.SupportDirectory;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5) for the parts of a seeded service, so loading the same file again gives
/// the same ids and changes nothing.
/// </summary>
public static class DirectoryIds
{
    private static readonly Guid Namespace = new("6f1c7a52-8d0e-4b8e-9a55-3c9d2b7e4f10");

    public static Guid For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bytes = Namespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 specifies for version 5 UUIDs; it is not used for security here.
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        var uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return new Guid(uuid, bigEndian: true);
    }
}
