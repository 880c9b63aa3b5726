using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Harbour.Web.Infrastructure;

/// <summary>
/// A service's KeyNotFoundException (a record missing or outside the user's need to know: the same answer for
/// both) answers 404, and its UnauthorizedAccessException 403, on any method. A page model that loads its record
/// in its own handler-execution override runs before every filter, so it uses <see cref="LoadAsync"/>.
/// </summary>
public sealed class OutOfScopeIsNotFound : IAsyncPageFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    /// <summary>Runs a page's loading step; a record out of scope ends the request with the same 404 or 403.</summary>
    public static async Task<bool> LoadAsync(PageHandlerExecutingContext context, Func<Task> load)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(load);
        try
        {
            await load();
            return true;
        }
        catch (KeyNotFoundException)
        {
            context.Result = new NotFoundResult();
        }
        catch (UnauthorizedAccessException)
        {
            context.Result = new ForbidResult();
        }

        return false;
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is KeyNotFoundException)
        {
            executed.Result = new NotFoundResult();
            executed.ExceptionHandled = true;
        }
        else if (executed.Exception is UnauthorizedAccessException)
        {
            executed.Result = new ForbidResult();
            executed.ExceptionHandled = true;
        }
    }
}
