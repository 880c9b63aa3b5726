using Harbour.Core.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Public.Learning;

public sealed class ModuleModel(LearningContent content) : PageModel
{
    public LearningModule Module { get; private set; } = null!;

    public IActionResult OnGet(string module)
    {
        if (content.Module(module) is not { } found)
        {
            return NotFound();
        }

        Module = found;
        return Page();
    }
}
