using System.CommandLine;
using System.Globalization;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.Linking;

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
        {
            await using var db = connection.CreateContext(parse);
            return await RunAsync(db, Options(parse.GetValue(autoLink), parse.GetValue(review)), Console.Out, Console.Error, cancellationToken);
        });

        var relink = new Command("relink", "Score every person against every other again; analysts' decisions are kept.") { autoLink, review };
        connection.AddTo(relink);
        relink.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = connection.CreateContext(parse);
            return await RelinkAsync(db, Options(parse.GetValue(autoLink), parse.GetValue(review)), Console.Out, Console.Error, cancellationToken);
        });

        return new Command("linking", "Linked records: people, phones, addresses, vehicles and businesses across agencies.") { run, relink };
    }

    /// <summary>The thresholds from the options, else from the same environment variables the web app reads, else the defaults.</summary>
    public static LinkingOptions Options(double? autoLink, double? review)
    {
        var options = new LinkingOptions();
        options.AutoLinkProbability = autoLink ?? FromEnvironment("Linking__AutoLinkProbability") ?? options.AutoLinkProbability;
        options.ReviewProbability = review ?? FromEnvironment("Linking__ReviewProbability") ?? options.ReviewProbability;
        return options;
    }

    public static async Task<int> RunAsync(HarbourDbContext db, LinkingOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (!await ThresholdsAreValidAsync(options, error))
        {
            return 2;
        }

        using var people = new PersonIndex(options);
        var linking = Service(db, people, options);
        var total = new LinkingRun(0, 0, 0, 0);
        for (var batch = await linking.LinkPendingAsync(cancellationToken: cancellationToken); batch.Concerns > 0; batch = await linking.LinkPendingAsync(cancellationToken: cancellationToken))
        {
            total = total.Add(batch);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Linked {total.Concerns} concerns and case people ({total.Mentions} mentions of people, phones, addresses, vehicles and businesses). Pairs of people linked automatically: {total.AutomaticLinks}; for review: {total.ForReview}."));
        return 0;
    }

    public static async Task<int> RelinkAsync(HarbourDbContext db, LinkingOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (!await ThresholdsAreValidAsync(options, error))
        {
            return 2;
        }

        using var people = new PersonIndex(options);
        var run = await Service(db, people, options).RelinkPeopleAsync(UsersCommand.CommandLine, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Scored {run.People} mentions of people. Candidate pairs: {run.CandidatePairs}; linked automatically: {run.AutomaticLinks}; for review: {run.ForReview}; analysts' decisions kept: {run.DecisionsKept}; distinct people: {run.Entities}."));
        return 0;
    }

    private static LinkingService Service(HarbourDbContext db, PersonIndex people, LinkingOptions options) =>
        new(db, TimeProvider.System, new AuditLog(db, TimeProvider.System), people, options);

    private static async Task<bool> ThresholdsAreValidAsync(LinkingOptions options, TextWriter error)
    {
        if (options.ReviewProbability is > 0 and < 1 && options.AutoLinkProbability is > 0 and <= 1 && options.ReviewProbability < options.AutoLinkProbability)
        {
            return true;
        }

        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"--review ({options.ReviewProbability}) must be between 0 and 1 and below --auto-link ({options.AutoLinkProbability}), which must be at most 1."));
        return false;
    }

    private static double? FromEnvironment(string name) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
