using FluentValidation;
using Harbour.Core.Concerns;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Harbour.Web.Pages.Concerns.Raise;

/// <summary>Upload documents and photos one at a time; the content is checked, not the file name.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentStore.MaximumSize + (1024 * 1024))]
[RequestSizeLimit(AttachmentStore.MaximumSize + (1024 * 1024))]
public sealed class AttachmentsModel(ConcernService concerns) : ConcernQuestionModel(concerns)
{
    [BindProperty]
    public IFormFile? Attachment { get; set; }

    protected override void Load(Concern draft)
    {
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var file = Attachment!;
        await Concerns.AddAttachmentAsync(Id, new Upload(file.FileName, file.Length, file.OpenReadStream), User.Scope(), HttpContext.Actor());
        TempData["Success"] = "The file has been added";
        return Redirect($"/concerns/{Id}/attachments");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid attachmentId)
    {
        await Concerns.RemoveAttachmentAsync(Id, attachmentId, User.Scope(), HttpContext.Actor());
        return Redirect($"/concerns/{Id}/attachments");
    }
}

public sealed class AttachmentsModelValidator : AbstractValidator<AttachmentsModel>
{
    public AttachmentsModelValidator() =>
        RuleFor(m => m.Attachment).NotNull().WithMessage("Select a file");
}
