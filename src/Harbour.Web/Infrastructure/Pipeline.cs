using Serilog;

namespace Harbour.Web.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseHarbourPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // Outside the error handling, so a request re-executed as an error page is logged once, with its final status.
        app.UseSerilogRequestLogging();
        app.UseSecurityHeaders(SecurityHeaders.Policy(app.Environment));

        // People get GOV.UK-styled pages; systems calling /api get RFC 9457 problem details.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler("/error/500");
            }

            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });

        app.Use((context, next) =>
        {
            // Lets someone reporting a problem quote the id that appears in the logs.
            context.Response.Headers["X-Request-Id"] = context.TraceIdentifier;
            return next(context);
        });

        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
