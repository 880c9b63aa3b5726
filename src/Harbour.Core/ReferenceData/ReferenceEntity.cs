namespace Harbour.Core.ReferenceData;

/// <summary>
/// A row owned by the deployment's reference data files. <see cref="Code"/> is the stable key the
/// loader matches on, so a partnership can rename or reword an item without losing its history.
/// </summary>
public abstract class ReferenceEntity
{
    public Guid Id { get; set; }

    public required string Code { get; set; }

    public int SortOrder { get; set; }

    /// <summary>False once the item has been removed from the files: rows are kept because records refer to them.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// True once an administrator has added or edited the row in Harbour: from then on the row is Harbour's, and
    /// loading the files neither overwrites nor deactivates it.
    /// </summary>
    public bool ManagedInHarbour { get; set; }
}
