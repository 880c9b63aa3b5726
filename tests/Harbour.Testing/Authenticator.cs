using OtpNet;

namespace Harbour.Testing;

/// <summary>What the user's phone does: turns the shown key into the current 6-digit code.</summary>
public static class Authenticator
{
    public static string CodeFor(string key, DateTime? at = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var totp = new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal)));
        return at is null ? totp.ComputeTotp() : totp.ComputeTotp(at.Value);
    }
}
