using Harbour.Core.Access;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Resources;

public sealed record ResourceEdit(string? Title, string? Summary, string? Owner, string? Version, DateOnly? ReviewDueOn, ResourceAudience? Audience, string? Url);

/// <summary>
/// The resource library: coordinators add and update documents (a link, or a PDF or Word file checked by its
/// content); the public see public ones, signed-in staff see all. Documents past their review date are flagged
/// and reminded by the daily job.
/// </summary>
public sealed class ResourceService(HarbourDbContext db, TimeProvider time, AuditLog audit, AttachmentStore store)
{
    public async Task<IReadOnlyList<LibraryResource>> ListAsync(bool includeProfessional, CancellationToken cancellationToken = default) =>
        await db.LibraryResources.AsNoTracking()
            .Where(r => r.IsActive && (includeProfessional || r.Audience == ResourceAudience.Public))
            .OrderBy(r => r.Title)
            .ToListAsync(cancellationToken);

    public Task<LibraryResource?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.LibraryResources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.IsActive, cancellationToken);

    public async Task<LibraryResource> SaveAsync(Guid? id, ResourceEdit edit, Upload? file, UserScope user, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(user);
        var resource = id is { } existing
            ? await db.LibraryResources.SingleOrDefaultAsync(r => r.Id == existing && r.IsActive, cancellationToken) ?? throw new KeyNotFoundException($"No resource {existing}.")
            : null;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ConcernRules.CheckText(errors, "Title", edit.Title, "Enter the title", "Title", 200);
        ConcernRules.CheckText(errors, "Summary", edit.Summary, "Enter a summary of what it covers", "Summary", 1_000);
        ConcernRules.CheckText(errors, "Owner", edit.Owner, "Enter who owns the document", "Owner", 200);
        ConcernRules.CheckText(errors, "Version", edit.Version, null, "Version", 50);
        if (edit.ReviewDueOn is null)
        {
            errors["ReviewDueOn"] = "Enter the review date";
        }

        if (edit.Audience is null)
        {
            errors["Audience"] = "Select who can see it";
        }

        var url = ConcernRules.Clean(edit.Url);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            errors["Url"] = "Enter the link in the correct format, like https://www.gov.uk/guidance";
        }

        if (url is null && file is null && resource?.StorageName is null)
        {
            errors["Url"] = "Enter a link or choose a file";
        }

        if (url is not null && file is not null)
        {
            errors["Url"] = "Give a link or a file, not both";
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        Attachment? stored = null;
        if (file is not null)
        {
            stored = await store.SaveAsync(file, user.UserId, Now, cancellationToken);
            if (stored.ContentType is not ("application/pdf" or "application/msword" or "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
            {
                store.Delete(stored.StorageName);
                throw new ValidationFailedException("Attachment", "The selected file must be a PDF or a Word document");
            }
        }

        var before = resource is null ? null : Snapshot(resource);
        if (resource is null)
        {
            resource = new LibraryResource { Id = Guid.NewGuid(), Code = $"harbour-{Guid.NewGuid():N}"[..24], Title = "", Summary = "", Owner = "", SortOrder = int.MaxValue };
            db.LibraryResources.Add(resource);
        }

        resource.Title = ConcernRules.Clean(edit.Title)!;
        resource.Summary = ConcernRules.Clean(edit.Summary)!;
        resource.Owner = ConcernRules.Clean(edit.Owner)!;
        resource.Version = ConcernRules.Clean(edit.Version);
        resource.ReviewDueOn = edit.ReviewDueOn!.Value;
        resource.Audience = edit.Audience!.Value;
        if (url is not null)
        {
            (resource.Url, resource.FileName, resource.ContentType, resource.StorageName) = (url, null, null, null);
        }
        else if (stored is not null)
        {
            (resource.Url, resource.FileName, resource.ContentType, resource.StorageName) = (null, stored.FileName, stored.ContentType, stored.StorageName);
        }

        resource.ManagedInHarbour = true;
        resource.UpdatedAt = Now;
        audit.Record(actor, before is null ? "resource.added" : "resource.changed", nameof(LibraryResource), resource.Id.ToString(), before: before, after: Snapshot(resource));
        await db.SaveChangesAsync(cancellationToken);
        return resource;
    }

    /// <summary>The stored file of a resource; public ones for anyone, the rest only when <paramref name="signedIn"/>.</summary>
    public async Task<(LibraryResource Resource, Stream Content)?> OpenAsync(Guid id, bool signedIn, CancellationToken cancellationToken = default)
    {
        var resource = await GetAsync(id, cancellationToken);
        if (resource?.StorageName is null || (resource.Audience != ResourceAudience.Public && !signedIn))
        {
            return null;
        }

        return (resource, store.Open(resource.StorageName));
    }

    public static bool IsReviewDue(LibraryResource resource, DateOnly today) => resource is not null && resource.ReviewDueOn <= today;

    private static object Snapshot(LibraryResource r) => new { r.Title, r.Summary, r.Owner, r.Version, r.ReviewDueOn, r.Audience, r.Url, r.FileName };


    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
