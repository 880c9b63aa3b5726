using Harbour.Core.Accounts;
using Harbour.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Harbour.Web.Pages.Analysis;

public static class Conventions
{
    /// <summary>
    /// Linked records, networks, hotspots and the review queue are police intelligence: for police analysts only.
    /// Everyone else is told the pages do not exist (404), as for any record outside their need to know.
    /// </summary>
    public static PageConventionCollection AddAnalysisConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Analysis", HarbourPolicies.Members);
        conventions.AddFolderApplicationModelConvention("/Analysis", model => model.Filters.Add(new PoliceAnalystsOnly()));
        return conventions;
    }

    private sealed class PoliceAnalystsOnly : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(next);
            if (!context.HttpContext.User.IsInRole(HarbourRoles.PoliceAnalyst))
            {
                context.Result = new NotFoundResult();
                return;
            }

            await next();
        }
    }
}
