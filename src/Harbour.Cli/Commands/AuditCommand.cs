using System.CommandLine;
using System.Globalization;
using Harbour.Core.Auditing;
using Harbour.Core.Data;

namespace Harbour.Cli.Commands;

/// <summary><c>harbour audit verify</c>: walks the hash chain; exit code 1 names the first event that does not match.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var connection = new DatabaseConnection();
        var verify = new Command("verify", "Check that no audit event has been changed, removed or reordered.");
        connection.AddTo(verify);
        verify.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = connection.CreateContext(parse);
            return await VerifyAsync(db, Console.Out, cancellationToken);
        });

        return new Command("audit", "The tamper-evident audit trail.") { verify };
    }

    public static async Task<int> VerifyAsync(HarbourDbContext db, TextWriter output, CancellationToken cancellationToken = default)
    {
        var result = await new AuditChainVerifier(db).VerifyAsync(cancellationToken);
        if (result.IsIntact)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Audit trail intact: {result.Checked} events checked."));
            return 0;
        }

        var broken = result.FirstBroken!;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Audit trail broken at event {broken.Sequence} (id {broken.Id}, {broken.Action}, {broken.OccurredAt:yyyy-MM-dd HH:mm:ss} UTC): {result.Problem}. {result.Checked} events before it are intact."));
        return 1;
    }
}
