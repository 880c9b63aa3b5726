using Harbour.Core.ReferenceData;

namespace Harbour.Core.Resources;

public enum ResourceAudience
{
    /// <summary>Listed on the public resources page.</summary>
    Public,

    /// <summary>Only for signed-in staff.</summary>
    Professionals,
}

/// <summary>
/// A guidance document in the resource library: a link, or a PDF or Word file kept by Harbour. Seeded from
/// <c>reference-data/resources.yaml</c>; one added or edited in Harbour is Harbour's from then on.
/// </summary>
public sealed class LibraryResource : ReferenceEntity
{
    public required string Title { get; set; }

    public required string Summary { get; set; }

    /// <summary>Who keeps it up to date, for example "Hampshire County Council Prevent team".</summary>
    public required string Owner { get; set; }

    public string? Version { get; set; }

    public DateOnly ReviewDueOn { get; set; }

    public ResourceAudience Audience { get; set; }

    public string? Url { get; set; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public string? StorageName { get; set; }
}
