using System.CommandLine;
using System.Globalization;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.Linking;
using Microsoft.Extensions.Configuration;

namespace Harbour.Cli.Commands;

/// <summary>
/// <c>harbour linking run|relink</c>: linked records from the command line. <c>run</c> does now what the web app's
/// background job does every few seconds; <c>relink</c> is the batch path for operators after the thresholds or the
/// model change, and keeps every analyst's decision.
/// </summary>
internal static class LinkingCommand
{
    public static Command Create()
    {
        var connection = new DatabaseConnection();
        var autoLink = new Option<double?>("--auto-link")
        {
            Description = "Match probability at or above which people are linked without review (default: Linking__AutoLinkProbability, else 0.95).",
        };
        var review = new Option<double?>("--review")
        {
            Description = "Match probability at or above which a pair goes to the analysts' review queue (default: Linking__ReviewProbability, else 0.5).",
        };

        var run = new Command("run", "Link the submitted concerns, and people added to cases, that are not linked yet.") { autoLink, review };
        connection.AddTo(run);
        run.SetAction(async (parse, cancellationToken) =>
            await RunAsync(() => connection.CreateContext(parse), Options(parse.GetValue(autoLink), parse.GetValue(review)), Console.Out, Console.Error, cancellationToken));

        var relink = new Command("relink", "Score every person against every other again; analysts' decisions are kept.") { autoLink, review };
        connection.AddTo(relink);
        relink.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = connection.CreateContext(parse);
            return await RelinkAsync(db, Options(parse.GetValue(autoLink), parse.GetValue(review)), Console.Out, Console.Error, cancellationToken);
        });

        return new Command("linking", "Linked records: people, phones, addresses, vehicles and businesses across agencies.") { run, relink };
    }

    /// <summary>
    /// The <c>Linking</c> settings from the environment variables the web app also reads (<c>Linking__TrainFrom</c>
    /// and the rest), with the command's thresholds on top, so both score people the same way.
    /// </summary>
    public static LinkingOptions Options(double? autoLink, double? review)
    {
        var options = new ConfigurationBuilder().AddEnvironmentVariables().Build()
            .GetSection(LinkingOptions.SectionName).Get<LinkingOptions>() ?? new LinkingOptions();
        options.AutoLinkProbability = autoLink ?? options.AutoLinkProbability;
        options.ReviewProbability = review ?? options.ReviewProbability;
        return options;
    }

    /// <summary>Links everything pending, a batch at a time, each batch in a fresh database context so tracked rows do not pile up.</summary>
    public static async Task<int> RunAsync(Func<HarbourDbContext> contexts, LinkingOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        if (await RefusedAsync(options, error))
        {
            return 2;
        }

        using var people = new PersonIndex(options);
        var total = LinkingRun.None;
        while (true)
        {
            await using var db = contexts();
            var batch = await Service(db, people, options).LinkPendingAsync(cancellationToken: cancellationToken);
            if (!batch.LinkedAnything)
            {
                break;
            }

            total = total.Add(batch);
        }

        await output.WriteLineAsync(total.LinkedAnything
            ? string.Create(CultureInfo.InvariantCulture,
                $"Linked {Count(total.Concerns, "concern")} and {Count(total.CasePeople, "person added to a case", "people added to cases")}. {Count(total.AutomaticLinks, "pair")} of people linked automatically; {Count(total.ForReview, "pair")} for analysts to review.")
            : "Nothing to link.");
        return 0;
    }

    public static async Task<int> RelinkAsync(HarbourDbContext db, LinkingOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (await RefusedAsync(options, error))
        {
            return 2;
        }

        using var people = new PersonIndex(options);
        var run = await Service(db, people, options).RelinkPeopleAsync(UsersCommand.CommandLine, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Scored {Count(run.People, "mention")} of people in {Count(run.CandidatePairs, "candidate pair")}: {run.AutomaticLinks} linked automatically, {run.ForReview} for analysts to review, {Count(run.DecisionsKept, "analyst's decision", "analysts' decisions")} kept. {Count(run.Entities, "distinct person", "distinct people")}."));
        return 0;
    }

    private static LinkingService Service(HarbourDbContext db, PersonIndex people, LinkingOptions options) =>
        new(db, TimeProvider.System, new AuditLog(db, TimeProvider.System), people, options);

    private static async Task<bool> RefusedAsync(LinkingOptions options, TextWriter error)
    {
        if (options.Problem() is not { } problem)
        {
            return false;
        }

        await error.WriteLineAsync(problem);
        return true;
    }

    private static string Count(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many ?? one + "s")}");
}
