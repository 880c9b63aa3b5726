using System.Net;
using Harbour.Core.Accounts;
using Xunit;

namespace Harbour.Testing;

/// <summary>
/// For one page or endpoint: a user holding only role R gets the allowed status if R is allowed, and 403
/// otherwise. Every role of <see cref="HarbourRoles.All"/> is tried, so a role added later is covered too.
/// </summary>
public static class RoleMatrix
{
    public static async Task AssertAsync(HarbourWebFactory factory, string path, IReadOnlyCollection<string> allowedRoles, HttpStatusCode allowedStatus = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(allowedRoles);
        var failures = new List<string>();
        foreach (var role in HarbourRoles.All)
        {
            var user = await factory.CreateUserAsync(role);
            using var client = factory.CreateClientAs(user);
            using var response = await client.GetAsync(path);
            var expected = allowedRoles.Contains(role) ? allowedStatus : HttpStatusCode.Forbidden;
            if (response.StatusCode != expected)
            {
                failures.Add($"{role}: expected {(int)expected}, got {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, $"GET {path}: {string.Join("; ", failures)}");
    }
}
