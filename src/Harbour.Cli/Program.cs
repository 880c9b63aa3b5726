using System.CommandLine;
using Harbour.Cli.Commands;

// Each command lives in its own file under Commands/ and is composed here.
var root = new RootCommand("Harbour: multi-agency safeguarding hub tools.");
root.Subcommands.Add(LinkCommand.Create());
root.Subcommands.Add(LinkingCommand.Create());
root.Subcommands.Add(DbCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(UsersCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
return await root.Parse(args).InvokeAsync();
