// Linked records at scale, on PostgreSQL: 100,000 people at risk already linked (each from its own concern, with
// their phones and addresses, from the generated referrals the linkage benchmark uses), then
//   1. incremental linking of new concerns one at a time (LinkingService.LinkConcernAsync, the background job's step),
//   2. the network of an address linked to 270 people and their 270 phones (over 500 entities),
//   3. the hotspots query over the whole set,
// each timed over many runs (median and 95th percentile).
//
//   dotnet run -c Release --project bench/Harbour.Linking.Bench -- "Host=...;Database=harbour_linking_bench;Username=..." [people]
using System.Diagnostics;
using System.Globalization;
using Harbour.Bench;
using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Linking;
using Harbour.Core.ReferenceData;
using Harbour.Linkage.Bench;
using Microsoft.EntityFrameworkCore;

var connection = args.ElementAtOrDefault(0) ?? throw new ArgumentException("Give the PostgreSQL connection string.");
var people = int.Parse(args.ElementAtOrDefault(1) ?? "100000", CultureInfo.InvariantCulture);
var time = TimeProvider.System;
var options = new LinkingOptions();
var index = new PersonIndex(options);

HarbourDbContext Db() => HarbourDatabase.CreateContext(DatabaseProvider.Postgres, connection);

await using (var setup = Db())
{
    await setup.Database.EnsureDeletedAsync();
    await setup.Database.MigrateAsync();
    await new ReferenceDataLoader(setup, time, new AuditLog(setup, time)).LoadAsync(Path.Combine(RepositoryRoot.Find(), "reference-data"));
}

Guid[] organisations;
Guid[] areas;
await using (var db = Db())
{
    organisations = await db.Organisations.Select(o => o.Id).ToArrayAsync();
    areas = await db.Areas.Select(a => a.Id).ToArrayAsync();
}

// --- Seed: concerns and their person mentions written in bulk, then grouped by the batch path. -------------------
var generated = new SafeguardingGenerator(seed: 2026).Generate(people + 1_000);
var existing = generated.Take(people).ToList();
var arriving = generated.Skip(people).ToList();
// 270 different people (one record each) for the hotspot network, from another run of the generator.
var residents = new SafeguardingGenerator(seed: 99).Generate(2_000).GroupBy(r => r.PersonId).Select(g => g.First()).Take(270).ToList();
var things = new Dictionary<(EntityKind, string), Guid>();
var watch = Stopwatch.StartNew();
var random = new Random(7);
var now = DateTime.UtcNow;
for (int offset = 0; offset < existing.Count; offset += 5_000)
{
    await using var db = Db();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    foreach (var record in existing.Skip(offset).Take(5_000))
    {
        var concern = ConcernFor(record, now.AddDays(-random.Next(0, 700)));
        var entity = new LinkedEntity { Id = Guid.NewGuid(), Kind = EntityKind.Person, Label = concern.Person.DisplayName, CreatedAt = concern.SubmittedAt!.Value };
        db.Concerns.Add(concern);
        db.LinkedEntities.Add(entity);
        db.EntityMentions.Add(new EntityMention
        {
            Id = Guid.NewGuid(), EntityId = entity.Id, Kind = EntityKind.Person, ConcernId = concern.Id, OrganisationId = concern.RaisedByOrganisationId!.Value,
            AreaId = concern.AreaId, Role = MentionRole.PersonAtRisk, SeenAt = concern.SubmittedAt.Value, Value = concern.Person.DisplayName,
            Person = MentionOf(record), CreatedAt = concern.SubmittedAt.Value,
        });
        db.LinkedConcerns.Add(new LinkedConcern { ConcernId = concern.Id, LinkedAt = now });
        foreach (var (kind, key, value) in new[]
        {
            (EntityKind.Phone, EntityExtraction.PhoneKey(concern.Person.Phone), concern.Person.Phone),
            (EntityKind.Address, EntityExtraction.AddressKey(concern.Person.Address, concern.Person.Postcode), $"{concern.Person.Address}, {concern.Person.Postcode}"),
        })
        {
            if (key is null || value is null)
            {
                continue;
            }

            if (!things.TryGetValue((kind, key), out var thing))
            {
                things[(kind, key)] = thing = Guid.NewGuid();
                db.LinkedEntities.Add(new LinkedEntity { Id = thing, Kind = kind, Key = key, Label = value, CreatedAt = concern.SubmittedAt.Value });
            }

            db.EntityMentions.Add(new EntityMention
            {
                Id = Guid.NewGuid(), EntityId = thing, Kind = kind, ConcernId = concern.Id, OrganisationId = concern.RaisedByOrganisationId!.Value,
                AreaId = concern.AreaId, Role = MentionRole.PersonAtRisk, SeenAt = concern.SubmittedAt.Value, Value = value, CreatedAt = concern.SubmittedAt.Value,
            });
        }
    }

    await db.SaveChangesAsync();
}

Console.WriteLine($"Seeded {existing.Count:N0} concerns and people in {watch.Elapsed.TotalSeconds:N1} s");
watch.Restart();
RelinkRun relink;
await using (var db = Db())
{
    relink = await new LinkingService(db, time, new AuditLog(db, time), index, options).RelinkPeopleAsync(AuditActor.System);
}

Console.WriteLine($"Batch re-run (train on {relink.People:N0} people, score {relink.CandidatePairs:N0} candidate pairs, regroup): {watch.Elapsed.TotalSeconds:N1} s; " +
    $"{relink.AutomaticLinks:N0} automatic links, {relink.ForReview:N0} for review, {relink.Entities:N0} people");
await using (var db = Db())
{
    await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
}

// --- 1. Incremental linking of new concerns. ------------------------------------------------------------------------
var timings = new List<double>();
var matchOnly = new List<double>();
var live = await WithDb(db => index.CurrentAsync(db, CancellationToken.None));
foreach (var (record, i) in arriving.Select((r, i) => (r, i)))
{
    var concern = ConcernFor(record, DateTime.UtcNow);
    await using (var db = Db())
    {
        db.Concerns.Add(concern);
        await db.SaveChangesAsync();
    }

    var probe = Stopwatch.StartNew();
    live.Match(PersonIndex.RecordOf(Guid.NewGuid(), MentionOf(record)), options.ReviewProbability);
    matchOnly.Add(probe.Elapsed.TotalMilliseconds);

    var step = Stopwatch.StartNew();
    await using (var db = Db())
    {
        await new LinkingService(db, time, new AuditLog(db, time), index, options).LinkConcernAsync(concern);
    }

    timings.Add(step.Elapsed.TotalMilliseconds);
}

// --- 2. A network of 500 entities: one address, 250 people at risk, each with their own phone. --------------------
Guid address;
for (int i = 0; i < residents.Count; i++)
{
    var concern = ConcernFor(residents[i] with { Phone = $"07700 9{i:D5}", Address = "1 Harbour Court", Postcode = "SO14 3XX" }, DateTime.UtcNow);
    await using var db = Db();
    db.Concerns.Add(concern);
    await db.SaveChangesAsync();
    await new LinkingService(db, time, new AuditLog(db, time), index, options).LinkConcernAsync(concern);
}

var analyst = new UserScope(Guid.NewGuid(), organisations[0], new HashSet<string> { HarbourRoles.PoliceAnalyst });
var actor = new AuditActor(analyst.UserId, analyst.OrganisationId, null);
await using (var db = Db())
{
    address = await db.LinkedEntities.Where(e => e.Kind == EntityKind.Address && e.Label.StartsWith("1 Harbour Court")).Select(e => e.Id).SingleAsync();
}

var network = new List<double>();
Network? shown = null;
for (int run = 0; run < 22; run++)
{
    var step = Stopwatch.StartNew();
    await using var db = Db();
    shown = await new NetworkService(db, time, new AuditLog(db, time), options).NetworkAsync(address, analyst, actor);
    if (run >= 2)
    {
        network.Add(step.Elapsed.TotalMilliseconds);
    }
}

// --- 3. Hotspots over everything. ------------------------------------------------------------------------------------
var hotspots = new List<double>();
int found = 0;
for (int run = 0; run < 12; run++)
{
    var step = Stopwatch.StartNew();
    await using var db = Db();
    found = (await new NetworkService(db, time, new AuditLog(db, time), options).HotspotsAsync(analyst, actor)).Ranked.Count;
    if (run >= 2)
    {
        hotspots.Add(step.Elapsed.TotalMilliseconds);
    }
}

Console.WriteLine();
Console.WriteLine($"| operation ({people:N0} people already linked) | runs | median ms | p95 ms | max ms |");
Console.WriteLine("|---|---|---|---|---|");
Row("in-memory match of one person (engine only)", matchOnly);
Row("link one new concern (match, save mentions, matches and audit)", timings);
Row($"network of an address: {shown!.Entities.Count} entities, {shown.Records.Count} concerns, 3 steps", network);
Row($"hotspots ({found} found)", hotspots);

void Row(string name, List<double> values)
{
    var sorted = values.Order().ToList();
    double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {values.Count} | {At(0.5):F1} | {At(0.95):F1} | {sorted[^1]:F1} |"));
}

async Task<T> WithDb<T>(Func<HarbourDbContext, Task<T>> action)
{
    await using var db = Db();
    return await action(db);
}

Concern ConcernFor(GeneratedRecord record, DateTime submittedAt) => new()
{
    Id = Guid.NewGuid(),
    Reference = $"B-{Guid.NewGuid():N}"[..20],
    Status = ConcernStatus.AwaitingTriage,
    Source = ConcernSource.Professional,
    IsModernSlavery = true,
    RaisedByOrganisationId = organisations[random.Next(organisations.Length)],
    TriageOrganisationId = organisations[random.Next(organisations.Length)],
    AreaId = areas[random.Next(areas.Length)],
    Person = new PersonAtRisk
    {
        GivenNames = Blank(record.GivenName), FamilyName = Blank(record.FamilyName),
        DateOfBirth = DateOnly.TryParseExact(record.DateOfBirth, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) ? born : null,
        Gender = Blank(record.Gender), Nationality = Blank(record.Nationality), Phone = Blank(record.Phone), Address = Blank(record.Address), Postcode = Blank(record.Postcode),
        AgeGroup = AgeGroup.Adult,
    },
    CreatedAt = submittedAt,
    UpdatedAt = submittedAt,
    SubmittedAt = submittedAt,
};

MentionedPerson MentionOf(GeneratedRecord record) => new()
{
    GivenName = Blank(record.GivenName), FamilyName = Blank(record.FamilyName), DateOfBirth = Blank(record.DateOfBirth), Gender = Blank(record.Gender),
    Postcode = Blank(record.Postcode), Phone = Blank(record.Phone), Address = Blank(record.Address), Nationality = Blank(record.Nationality),
};

static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

