using Harbour.Core.Governance;
using FluentValidation;
using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Organisations;
using Harbour.Core.Learning;
using Harbour.Core.Pathways;
using Harbour.Core.Referrals;
using Harbour.Core.Linking;
using Harbour.Core.Reminders;
using Harbour.Core.Resources;
using Harbour.Core.SupportDirectory;
using Harbour.Web.Pages.Account;
using Harbour.Web.Pages.Admin;
using Harbour.Web.Pages.Analysis;
using Harbour.Web.Pages.Cases;
using Harbour.Web.Pages.Cases.Channel;
using Harbour.Web.Pages.Concerns;
using Harbour.Web.Pages.Directory;
using Harbour.Web.Pages.Governance;
using Harbour.Web.Pages.Intelligence;
using Harbour.Web.Pages.Members;
using Harbour.Web.Pages.Public;
using Harbour.Web.Pages.Referrals;
using Harbour.Web.Pages.Setup;
using Harbour.Web.Pages.Statistics;
using Harbour.Core.Data;
using Harbour.Core.ReferenceData;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Web.Infrastructure;

public static class ServiceRegistration
{
    public static WebApplicationBuilder AddHarbourServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.Configure<HarbourOptions>(configuration.GetSection(HarbourOptions.SectionName));
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddSingleton(TimeProvider.System);

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = DatabaseConnection.Resolve(database.Provider, configuration, builder.Environment);
        services.AddDbContext<HarbourDbContext>(options => options.UseHarbourDatabase(database.Provider, connectionString));

        services.AddDataProtection()
            .SetApplicationName("Harbour")
            .PersistKeysToDbContext<HarbourDbContext>();

        services.AddScoped<AuditLog>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<ReferenceDataQueries>();
        services.AddScoped<UserService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<FirstAdministratorSetup>();
        services.AddScoped<ApiClientService>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<BreakGlassService>();
        services.AddScoped<NeedToKnow>();
        services.AddScoped<CaseReferences>();
        services.AddScoped<CaseService>();
        services.AddScoped<ConcernService>();
        services.AddScoped<PathwayService>();
        services.AddScoped<DeadlineService>();
        services.AddScoped<ChannelService>();
        services.AddScoped<SafeguardingReferralService>();
        services.AddScoped<ReminderJob>();
        services.AddScoped<SupportDirectoryService>();
        services.AddScoped<SupportReferralService>();
        services.AddScoped<LearningService>();
        services.AddScoped<Harbour.Core.Statistics.StatisticsService>();
        services.AddScoped<ResourceService>();
        services.AddScoped<StrategyService>();
        services.AddScoped<ActionPlanService>();
        services.AddScoped<MeetingService>();
        services.AddScoped<MembershipService>();
        services.AddScoped<AnnualReportService>();
        services.AddScoped<Harbour.Core.Intelligence.IntelligenceService>();
        services.AddSingleton(provider => LearningContent.Load(Path.GetFullPath(
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<HarbourOptions>>().Value.LearningContentPath, AppContext.BaseDirectory)));
        services.AddSingleton<DirectoryCache>();
        var linking = configuration.GetSection(LinkingOptions.SectionName).Get<LinkingOptions>() ?? new LinkingOptions();
        if (linking.Problem() is { } problem)
        {
            throw new InvalidOperationException($"{LinkingOptions.SectionName} settings: {problem}");
        }

        services.AddSingleton(linking);
        services.AddSingleton<PersonIndex>();
        services.AddScoped<LinkingService>();
        services.AddScoped<NetworkService>();
        services.AddOptions<LinkingJobOptions>().Bind(builder.Configuration.GetSection(LinkingJobOptions.SectionName));
        services.AddHostedService<LinkingScheduler>();
        services.AddOptions<ReminderOptions>().Bind(builder.Configuration.GetSection(ReminderOptions.SectionName));
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderScheduler>());
        services.AddSingleton(new AttachmentStore(configuration["Harbour:AttachmentsDirectory"]
            ?? Path.Combine(Path.GetFullPath((configuration.GetSection(HarbourOptions.SectionName).Get<HarbourOptions>() ?? new HarbourOptions()).DataDirectory, builder.Environment.ContentRootPath), "attachments")));
        services.AddScoped<AuditSearch>();
        services.AddScoped<InvitationMailer>();
        services.AddHarbourNotifications(configuration, builder.Environment);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<PublicReportThrottle>();
        services.Configure<SignInThrottleOptions>(configuration.GetSection(SignInThrottleOptions.SectionName));
        services.AddHttpContextAccessor();

        services.AddHarbourAuthentication();
        services.AddRazorPages(options =>
            {
                options.Conventions.AddPublicConventions();
                options.Conventions.AddAccountConventions();
                options.Conventions.AddSetupConventions();
                options.Conventions.AddAdministrationConventions();
                options.Conventions.AddConcernConventions();
                options.Conventions.AddCaseConventions();
                options.Conventions.AddChannelConventions();
                options.Conventions.AddReferralConventions();
                options.Conventions.AddDirectoryConventions();
                options.Conventions.AddGovernanceConventions();
                options.Conventions.AddMembersConventions();
                options.Conventions.AddAnalysisConventions();
                options.Conventions.AddStatisticsConventions();
                options.Conventions.AddIntelligenceConventions();
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add<OutOfScopeIsNotFound>();
                options.Filters.Add<ValidationFailuresArePageErrors>();
            });
        services.AddValidatorsFromAssemblyContaining<Program>();
        services.AddProblemDetails();
        // Enums travel as their names ("Adult", "OpenCase"), which partner systems can read and write.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Harbour API";
            document.Info.Description = "Partner-system interface to the Harbour safeguarding hub.";
            return Task.CompletedTask;
        }));

        services.AddHealthChecks().AddDbContextCheck<HarbourDbContext>("database");

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "harbour_antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        });

        return builder;
    }
}

internal static class DatabaseConnection
{
    /// <summary>
    /// PostgreSQL needs <c>ConnectionStrings:Harbour</c>; SQLite defaults to <c>data/harbour.db</c> under the
    /// content root, so a fresh clone runs with no configuration at all.
    /// </summary>
    public static string Resolve(DatabaseProvider provider, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Harbour");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:Harbour is not set. Set it, for example "
                + "ConnectionStrings__Harbour=\"Host=...;Database=harbour;Username=...;Password=...\".");
        }

        var options = configuration.GetSection(HarbourOptions.SectionName).Get<HarbourOptions>() ?? new HarbourOptions();
        var dataDirectory = Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);
        Directory.CreateDirectory(dataDirectory);
        return $"Data Source={Path.Combine(dataDirectory, "harbour.db")}";
    }
}
