using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Harbour.Core.SupportDirectory;

/// <summary>
/// How a service's details are stored: one JSON document in a text column on both providers. The directory is
/// searched in memory (it is small and read far more than written), so nothing queries inside the document.
/// </summary>
public static class ServiceDetailsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(ServiceDetails details) => JsonSerializer.Serialize(details, Options);

    public static ServiceDetails Deserialize(string json) => JsonSerializer.Deserialize<ServiceDetails>(json, Options) ?? new ServiceDetails();

    public static bool AreEqual(ServiceDetails? a, ServiceDetails? b) =>
        a is null || b is null ? ReferenceEquals(a, b) : Serialize(a) == Serialize(b);

    /// <summary>Change tracking by content, so editing a list inside the document is noticed and saved.</summary>
    public static ValueComparer<ServiceDetails> Comparer { get; } = new(
        (a, b) => AreEqual(a, b),
        d => Serialize(d).GetHashCode(StringComparison.Ordinal),
        d => Deserialize(Serialize(d)));
}
