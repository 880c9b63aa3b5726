using Harbour.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddHarbourLogging();
builder.AddHarbourServices();

var app = builder.Build();

await app.InitialiseDatabaseAsync();
app.UseHarbourPipeline();
app.MapHarbourEndpoints();
app.AnnounceAddressesOnStart();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
