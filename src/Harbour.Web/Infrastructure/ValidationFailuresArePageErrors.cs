using FluentValidation;
using Harbour.Core;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Harbour.Web.Infrastructure;

/// <summary>
/// Keeps page models thin: on a form post, runs the page model's FluentValidation validator (if it has one) and
/// re-shows the page with a 400 and the GOV.UK error summary when it fails; a <see cref="ValidationFailedException"/>
/// from a service is shown the same way. The handler runs only for valid input, so nothing is half-saved.
/// (A service's KeyNotFoundException and UnauthorizedAccessException are answered by <see cref="OutOfScopeIsNotFound"/>.)
/// </summary>
public sealed class ValidationFailuresArePageErrors : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerInstance is not PageModel page || HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            await next();
            return;
        }

        var validatorType = typeof(IValidator<>).MakeGenericType(page.GetType());
        if (context.HttpContext.RequestServices.GetService(validatorType) is IValidator validator)
        {
            // The page's main form is validated by the default rules; a named handler (a second form on the
            // page, such as "Deactivate") only by the rule set of the same name, if there is one.
            var ruleSet = context.HandlerMethod?.Name ?? "default";
            var validationContext = new ValidationContext<object>(page, new FluentValidation.Internal.PropertyChain(),
                new FluentValidation.Internal.RulesetValidatorSelector([ruleSet]));

            var result = await validator.ValidateAsync(validationContext, context.HttpContext.RequestAborted);
            foreach (var error in result.Errors)
            {
                AddError(page, error.PropertyName, error.ErrorMessage);
            }
        }

        if (!page.ModelState.IsValid)
        {
            context.Result = WithErrors(page);
            return;
        }

        var executed = await next();
        if (executed.Exception is ValidationFailedException failed)
        {
            foreach (var (field, message) in failed.Errors)
            {
                AddError(page, field, message);
            }

            executed.Result = WithErrors(page);
            executed.ExceptionHandled = true;
        }
    }

    /// <summary>The error summary lists errors in the order they were found, which follows the form.</summary>
    public const string ErrorOrderKey = "Harbour.ErrorOrder";

    private static void AddError(PageModel page, string field, string message)
    {
        page.ModelState.AddModelError(field, message);
        if (page.HttpContext.Items[ErrorOrderKey] is not List<string> order)
        {
            page.HttpContext.Items[ErrorOrderKey] = order = [];
        }

        order.Add(field);
    }

    private static PageResult WithErrors(PageModel page)
    {
        var result = page.Page();
        result.StatusCode = StatusCodes.Status400BadRequest;
        return result;
    }
}
