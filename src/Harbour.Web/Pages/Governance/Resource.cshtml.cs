using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Core.Resources;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Governance;

/// <summary>Add or change a document in the resource library: a link, or a PDF or Word file checked by its content.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentStore.MaximumSize + (1024 * 1024))]
[RequestSizeLimit(AttachmentStore.MaximumSize + (1024 * 1024))]
public sealed class ResourceModel(ResourceService resources) : PageModel
{
    /// <summary>A document's id, or "new".</summary>
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "new";

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    [BindProperty]
    public string? Version { get; set; }

    [BindProperty]
    public string? ReviewDueOnDay { get; set; }

    [BindProperty]
    public string? ReviewDueOnMonth { get; set; }

    [BindProperty]
    public string? ReviewDueOnYear { get; set; }

    [BindProperty]
    public string? Audience { get; set; }

    /// <summary>The form's "Url" field (a page model's own Url property is taken by Razor Pages).</summary>
    [BindProperty(Name = "Url")]
    public string? Link { get; set; }

    [BindProperty(Name = "Attachment")]
    public IFormFile? Upload { get; set; }

    public LibraryResource? Existing { get; private set; }

    public static IReadOnlyList<Choice> Audiences { get; } =
        [new(nameof(ResourceAudience.Public), "Everyone (listed on the public page)"), new(nameof(ResourceAudience.Professionals), "Signed-in professionals only")];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Id != "new" && (!Guid.TryParse(Id, out var id) || (Existing = await resources.GetAsync(id, HttpContext.RequestAborted)) is null))
        {
            context.Result = NotFound();
            return;
        }

        await next();
    }

    public void OnGet()
    {
        if (Existing is not { } r)
        {
            return;
        }

        (Title, Summary, Owner, Version, Audience, Link) = (r.Title, r.Summary, r.Owner, r.Version, r.Audience.ToString(), r.Url);
        (ReviewDueOnDay, ReviewDueOnMonth, ReviewDueOnYear) = (r.ReviewDueOn.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.ReviewDueOn.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), r.ReviewDueOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var upload = Upload is { Length: > 0 } file ? new Upload(file.FileName, file.Length, file.OpenReadStream) : null;
        var saved = await resources.SaveAsync(Existing?.Id,
            new ResourceEdit(Title, Summary, Owner, Version, DateInput.Parse(ReviewDueOnDay, ReviewDueOnMonth, ReviewDueOnYear),
                Enum.TryParse<ResourceAudience>(Audience, out var audience) ? audience : null, Link),
            upload, User.Scope(), HttpContext.Actor());
        TempData["Success"] = $"{saved.Title} saved";
        return Redirect("/partnership/resources");
    }
}

public sealed class ResourceModelValidator : AbstractValidator<ResourceModel>
{
    public ResourceModelValidator()
    {
        RuleFor(m => m.Title).NotEmpty().WithMessage("Enter the title");
        RuleFor(m => m.Summary).NotEmpty().WithMessage("Enter a summary of what it covers");
        RuleFor(m => m.Owner).NotEmpty().WithMessage("Enter who owns the document");
        RuleFor(m => m).Must(m => DateInput.Parse(m.ReviewDueOnDay, m.ReviewDueOnMonth, m.ReviewDueOnYear) is not null)
            .OverridePropertyName("ReviewDueOn").WithMessage("Enter the review date, as a real date");
        RuleFor(m => m.Audience).NotEmpty().WithMessage("Select who can see it");
    }
}
