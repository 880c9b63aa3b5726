using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Pages.Errors;

/// <summary>
/// The page for every error status and unhandled exception. It never shows exception details: those go to the
/// log under the request id shown here.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int ErrorStatusCode { get; private set; }

    public string? RequestId { get; private set; }

    public string Heading => ErrorStatusCode switch
    {
        404 => "Page not found",
        403 => "You do not have permission to see this page",
        >= 500 => "Sorry, there is a problem with the service",
        _ => "Sorry, something went wrong",
    };

    public void OnGet(int? statusCode) => Prepare(statusCode);

    // Errors during a form post are re-executed as POST.
    public void OnPost(int? statusCode) => Prepare(statusCode);

    private void Prepare(int? statusCode)
    {
        ErrorStatusCode = statusCode is >= 400 and <= 599 ? statusCode.Value : 404;
        Response.StatusCode = ErrorStatusCode;
        RequestId = HttpContext.TraceIdentifier;
    }
}
