using Serilog;
using Serilog.Formatting.Compact;

namespace Harbour.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>
    /// Structured logs: compact JSON outside Development (one event per line, ready for a log store), readable
    /// text in Development. ASP.NET Core's request scope puts RequestId on every event of a request.
    /// </summary>
    public static WebApplicationBuilder AddHarbourLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", "Harbour");

            if (builder.Environment.IsDevelopment())
            {
                logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {RequestId}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        });

        return builder;
    }
}
