using System.Diagnostics;
using System.Globalization;
using Harbour.Bench;
using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Notifications;
using Harbour.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;

// The case list at scale: seeds N cases (default 100,000) spread over the partnership's organisations and areas,
// then times the list's typical queries through CaseService.ListAsync, as a lead of the busiest organisation.
//
//   dotnet run -c Release --project bench/Harbour.Cases.Bench -- sqlite [cases]
//   dotnet run -c Release --project bench/Harbour.Cases.Bench -- postgres "Host=...;Database=...;Username=..." [cases]
var provider = args.Length > 0 && args[0].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
var connection = provider == DatabaseProvider.Postgres
    ? args.ElementAtOrDefault(1) ?? throw new ArgumentException("Give the PostgreSQL connection string after 'postgres'.")
    : $"Data Source={Path.Combine(Path.GetTempPath(), $"harbour-bench-{Guid.NewGuid():N}.db")}";
var count = int.Parse(args.ElementAtOrDefault(provider == DatabaseProvider.Postgres ? 2 : 1) ?? "100000", CultureInfo.InvariantCulture);
var time = TimeProvider.System;
var repository = RepositoryRoot.Find();

await using (var setup = HarbourDatabase.CreateContext(provider, connection))
{
    await setup.Database.EnsureDeletedAsync();
    await setup.Database.MigrateAsync();
    await new ReferenceDataLoader(setup, time, new AuditLog(setup, time)).LoadAsync(Path.Combine(repository, "reference-data"));
}

var seed = Stopwatch.StartNew();
var (owner, areaId, leadId) = await SeedAsync(provider, connection, count);
Console.WriteLine($"Seeded {count:N0} cases on {provider} in {seed.Elapsed.TotalSeconds:N1} s");

var user = new UserScope(leadId, owner, new HashSet<string> { HarbourRoles.SafeguardingLead });
var queries = new (string Name, CaseFilter Filter)[]
{
    ("open, recently changed, page 1", new CaseFilter(Status: CaseStatus.Open)),
    ("open, recently changed, page 100", new CaseFilter(Status: CaseStatus.Open, Page: 100)),
    ("open in one area", new CaseFilter(Status: CaseStatus.Open, AreaId: areaId)),
    ("my cases (lead worker)", new CaseFilter(LeadWorkerUserId: leadId)),
    ("overdue tasks", new CaseFilter(OverdueOnly: true)),
    ("modern slavery, by next task due", new CaseFilter(Type: "modern-slavery", Sort: "due")),
    ("all statuses, by reference", new CaseFilter(Sort: "reference")),
};

Console.WriteLine();
Console.WriteLine($"| query ({provider}, {count:N0} cases) | matching | median ms | p95 ms |");
Console.WriteLine("|---|---|---|---|");
foreach (var (name, filter) in queries)
{
    var timings = new List<double>();
    var total = 0;
    for (var run = 0; run < 25; run++)
    {
        await using var db = HarbourDatabase.CreateContext(provider, connection);
        var audit = new AuditLog(db, time);
        var breakGlass = new BreakGlassService(db, time, audit, new NotificationService(new LocalOutbox(Path.GetTempPath()), time));
        var service = new CaseService(db, time, audit, new NeedToKnow(breakGlass), new CaseReferences(db, time), breakGlass);
        var watch = Stopwatch.StartNew();
        var list = await service.ListAsync(user, filter);
        watch.Stop();
        total = list.Total;
        if (run >= 5)
        {
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    timings.Sort();
    Console.WriteLine($"| {name} | {total:N0} | {timings[timings.Count / 2]:N1} | {timings[(int)(timings.Count * 0.95) - 1]:N1} |");
}

if (provider == DatabaseProvider.Sqlite)
{
    File.Delete(connection["Data Source=".Length..]);
}

static async Task<(Guid Owner, Guid Area, Guid Lead)> SeedAsync(DatabaseProvider provider, string connection, int count)
{
    await using var db = HarbourDatabase.CreateContext(provider, connection);
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var councils = await db.Organisations.Where(o => o.Type == OrganisationType.LocalAuthority).Select(o => o.Id).ToListAsync();
    var police = await db.Organisations.Where(o => o.Code == "hiow-constabulary").Select(o => o.Id).SingleAsync();
    var areas = await db.Areas.Select(a => a.Id).ToListAsync();
    var leads = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
    var random = new Random(20261122);
    var now = TimeProvider.System.GetUtcNow().UtcDateTime;
    const int batch = 5_000;
    for (var start = 0; start < count; start += batch)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        for (var i = start; i < Math.Min(count, start + batch); i++)
        {
            var opened = now.AddMinutes(-random.Next(0, 3 * 365 * 24 * 60));
            var prevent = random.NextDouble() < 0.15;
            var @case = new Case
            {
                Id = Guid.NewGuid(),
                Reference = $"HMS-{opened.Year}-{i + 1:000000}",
                Status = random.NextDouble() < 0.6 ? CaseStatus.Closed : CaseStatus.Open,
                IsModernSlavery = !prevent || random.NextDouble() < 0.1,
                IsPrevent = prevent,
                // Half of all cases belong to the first council, so the benchmark's user sees a large list.
                OwnerOrganisationId = random.NextDouble() < 0.5 ? councils[0] : councils[random.Next(councils.Count)],
                LeadWorkerUserId = leads[random.Next(leads.Count)],
                AreaId = areas[random.Next(areas.Count)],
                AgeGroup = (AgeGroup)random.Next(3),
                OpenedAt = opened,
                UpdatedAt = opened.AddDays(random.Next(0, 60)),
                NextTaskDueOn = random.NextDouble() < 0.3 ? DateOnly.FromDateTime(now.AddDays(random.Next(-30, 60))) : null,
            };
            db.Cases.Add(@case);
            if (random.NextDouble() < 0.1)
            {
                db.CaseShares.Add(new CaseShare
                {
                    Id = Guid.NewGuid(), CaseId = @case.Id, OrganisationId = random.NextDouble() < 0.5 ? police : councils[0],
                    Purpose = "Benchmark", LawfulBasis = LawfulBasis.SafeguardingCondition, SharedAt = opened, SharedByUserId = Guid.Empty,
                });
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        db.ChangeTracker.Clear();
    }

    // Fresh statistics, as autovacuum (PostgreSQL) or an operator (SQLite) would give a live database.
    await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Postgres ? "VACUUM ANALYZE" : "ANALYZE");

    return (councils[0], areas[0], leads[0]);
}

