using System.Text.RegularExpressions;
using Harbour.Cli.Commands;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.ReferenceData;
using Harbour.Testing;

namespace Harbour.Cli.Tests;

public sealed partial class UsersCommandTests
{
    [SkippableFact]
    public async Task UsersAdd_ThenList_PrintsInvitationLinkAndTheUser()
    {
        await using var database = await SeededDatabaseAsync();
        var added = new StringWriter();
        var listed = new StringWriter();

        await using (var db = database.CreateContext())
        {
            var exitCode = await UsersCommand.AddAsync(db, TimeProvider.System,
                new NewUser("lead@hants.gov.uk", "Lee Lead", "hampshire-county-council", ["Safeguarding lead"]), "https://harbour.example.org/", added);
            Assert.Equal(0, exitCode);
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(0, await UsersCommand.ListAsync(db, null, null, listed));
        }

        var link = InvitationLink().Match(added.ToString());
        Assert.True(link.Success, added.ToString());
        Assert.Contains("lead@hants.gov.uk\tLee Lead\thampshire-county-council\tSafeguarding lead\tactive", listed.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 user(s).", listed.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task UsersAdd_FirstResponderInNonFirstResponderOrganisation_ExitsOneWithTheReason()
    {
        await using var database = await SeededDatabaseAsync();
        var output = new StringWriter();
        await using var db = database.CreateContext();

        var exitCode = await UsersCommand.AddAsync(db, TimeProvider.System,
            new NewUser("cps@cps.gov.uk", "Casey Prosecutor", "cps-wessex", ["First responder"]), "http://localhost:5080", output);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Roles: Only staff of a First Responder Organisation", output.ToString(), StringComparison.Ordinal);
    }

    private static async Task<TestDatabase> SeededDatabaseAsync()
    {
        var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        await new ReferenceDataLoader(db, TimeProvider.System, new AuditLog(db, TimeProvider.System)).LoadAsync(RepositoryPaths.ReferenceData);
        return database;
    }

    [GeneratedRegex(@"https://harbour\.example\.org/account/invitation/[A-Za-z0-9_-]{43}\b")]
    private static partial Regex InvitationLink();
}
