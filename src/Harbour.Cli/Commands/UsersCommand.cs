using System.CommandLine;
using Harbour.Core;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Data;

namespace Harbour.Cli.Commands;

/// <summary><c>harbour users add|list</c>: staff accounts from the command line, for set-up and support.</summary>
internal static class UsersCommand
{
    /// <summary>Recorded as the client address of audit events made from the command line.</summary>
    public static readonly AuditActor CommandLine = new(null, null, "harbour-cli");

    public static Command Create()
    {
        var connection = new DatabaseConnection();
        var email = new Option<string>("--email") { Description = "The user's work email address.", Required = true };
        var name = new Option<string>("--name") { Description = "The user's full name.", Required = true };
        var organisation = new Option<string>("--org") { Description = "The code of the user's organisation, as in reference-data/organisations.yaml.", Required = true };
        var roles = new Option<string[]>("--role") { Description = "A role; repeat for several (for example --role \"Safeguarding lead\").", Required = true, AllowMultipleArgumentsPerToken = true };
        var baseUrl = new Option<string>("--base-url") { Description = "Harbour's address, for the invitation link.", DefaultValueFactory = _ => "http://localhost:5080" };
        var add = new Command("add", "Add a user and print their one-time invitation link.") { email, name, organisation, roles, baseUrl };
        connection.AddTo(add);
        add.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = connection.CreateContext(parse);
            return await AddAsync(db, TimeProvider.System,
                new NewUser(parse.GetValue(email)!, parse.GetValue(name)!, parse.GetValue(organisation)!, parse.GetValue(roles)!),
                parse.GetValue(baseUrl)!, Console.Out, cancellationToken);
        });

        var filterOrganisation = new Option<string?>("--org") { Description = "Only users of this organisation (code)." };
        var filterRole = new Option<string?>("--role") { Description = "Only users holding this role." };
        var list = new Command("list", "List users with their organisation and roles.") { filterOrganisation, filterRole };
        connection.AddTo(list);
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = connection.CreateContext(parse);
            return await ListAsync(db, parse.GetValue(filterOrganisation), parse.GetValue(filterRole), Console.Out, cancellationToken);
        });

        return new Command("users", "Staff accounts.") { add, list };
    }

    public static async Task<int> AddAsync(HarbourDbContext db, TimeProvider time, NewUser user, string baseUrl, TextWriter output, CancellationToken cancellationToken = default)
    {
        try
        {
            var invited = await new UserService(db, time, new AuditLog(db, time)).AddUserAsync(user, CommandLine, cancellationToken);
            await output.WriteLineAsync($"Added {invited.User.DisplayName} <{invited.User.Email}> ({string.Join(", ", invited.Roles)}).");
            await output.WriteLineAsync($"Invitation link (works once, until {invited.ExpiresAt:d MMMM yyyy HH:mm} UTC):");
            await output.WriteLineAsync($"{baseUrl.TrimEnd('/')}/account/invitation/{invited.InvitationToken}");
            return 0;
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var (field, message) in invalid.Errors)
            {
                await output.WriteLineAsync($"{field}: {message}");
            }

            return 1;
        }
    }

    public static async Task<int> ListAsync(HarbourDbContext db, string? organisation, string? role, TextWriter output, CancellationToken cancellationToken = default)
    {
        var users = await new UserService(db, TimeProvider.System, new AuditLog(db, TimeProvider.System)).ListUsersAsync(organisation, role, cancellationToken);
        foreach (var user in users)
        {
            await output.WriteLineAsync($"{user.Email}\t{user.DisplayName}\t{user.OrganisationCode}\t{string.Join(", ", user.Roles)}\t{(user.IsActive ? "active" : "deactivated")}");
        }

        await output.WriteLineAsync($"{users.Count} user(s).");
        return 0;
    }
}
