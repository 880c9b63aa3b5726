using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Harbour.Web.Infrastructure;

public static class Endpoints
{
    public static WebApplication MapHarbourEndpoints(this WebApplication app)
    {
        app.MapRazorPages();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync })
            .AllowAnonymous();

        app.MapOpenApi().AllowAnonymous();

        var api = app.MapGroup("/api/v1");
        ReferenceDataApi.Map(api.MapGroup("").WithTags("Reference data"));
        AuditApi.Map(api);
        CaseApi.Map(api);
        OpenReferralApi.Map(app);
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
