using System.Diagnostics;
using System.Globalization;
using Harbour.Bench;
using Harbour.Core;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Data;
using Harbour.Core.Pathways;
using Harbour.Core.ReferenceData;
using Harbour.Core.Referrals;
using Harbour.Core.Statistics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// The statistics dashboard at scale on PostgreSQL: seeds N concerns (default 1,000,000) over 2022-2025 with cases,
// NRM and Channel pathways, Duty to Notify reports and support referrals in realistic proportions, then times
// StatisticsService.FiguresAsync for a year, a quarter, an area and an organisation.
//
//   dotnet run -c Release --project bench/Harbour.Statistics.Bench -- "Host=...;Database=harbour_stats_bench;Username=..." [concerns] [reuse]
//
// "reuse" times an already seeded database again (after a change to the queries) without seeding it afresh.
//
// Seeding: 10,000 template concerns (and their records) are written through EF Core, so every column and JSON
// document has exactly Harbour's shape; the database then copies them with INSERT ... SELECT (new ids, references
// and dates moved back 0-3 years), which writes a million rows in a minute or two.
var connection = args.ElementAtOrDefault(0) ?? throw new ArgumentException("Give the PostgreSQL connection string.");
var count = int.Parse(args.ElementAtOrDefault(1) ?? "1000000", CultureInfo.InvariantCulture);
const int templates = 10_000;
var copies = Math.Max(1, count / templates);
var time = TimeProvider.System;
var repository = RepositoryRoot.Find();

var reuse = string.Equals(args.ElementAtOrDefault(2), "reuse", StringComparison.Ordinal);
await using (var setup = HarbourDatabase.CreateContext(DatabaseProvider.Postgres, connection))
{
    if (!reuse)
    {
        await setup.Database.EnsureDeletedAsync();
    }

    // Applies any new migration (an index) to a reused database too.
    await setup.Database.MigrateAsync();
    if (!reuse)
    {
        await new ReferenceDataLoader(setup, time, new AuditLog(setup, time)).LoadAsync(Path.Combine(repository, "reference-data"));
    }
}

if (!reuse)
{
    var seedWatch = Stopwatch.StartNew();
    await SeedTemplatesAsync(connection, templates);
    Console.WriteLine($"Templates written through EF Core in {seedWatch.Elapsed.TotalSeconds:N1} s");
    await CopyAsync(connection, copies);
    Console.WriteLine($"Seeded {copies * templates:N0} concerns in {seedWatch.Elapsed.TotalSeconds:N1} s");
}

Guid area;
Guid organisation;
await using (var db = HarbourDatabase.CreateContext(DatabaseProvider.Postgres, connection))
{
    area = await db.Areas.Where(a => a.Code == "southampton").Select(a => a.Id).SingleAsync();
    organisation = await db.Organisations.Where(o => o.Code == "hampshire-county-council").Select(o => o.Id).SingleAsync();
    Console.WriteLine($"Rows: {await db.Concerns.CountAsync():N0} concerns, {await db.Cases.CountAsync():N0} cases, {await db.Pathways.CountAsync():N0} pathways, "
        + $"{await db.DutyToNotifyReports.CountAsync():N0} Duty to Notify reports, {await db.SupportReferrals.CountAsync():N0} support referrals");
}

var scenarios = new (string Name, StatisticsQuery Query)[]
{
    ("year 2025, all", StatisticsQuery.ForYear(2025)),
    ("quarter 2025 Q2, all", StatisticsQuery.ForQuarter(new CalendarQuarter(2025, 2))),
    ("year 2025, one area", StatisticsQuery.ForYear(2025, areaId: area)),
    ("year 2025, one organisation", StatisticsQuery.ForYear(2025, organisationId: organisation)),
    ("2022-2025, all (four years)", new StatisticsQuery(new DateOnly(2022, 1, 1), new DateOnly(2025, 12, 31))),
};

Console.WriteLine();
Console.WriteLine($"| FiguresAsync ({copies * templates:N0} concerns) | concerns counted | median ms | p95 ms |");
Console.WriteLine("|---|---|---|---|");
foreach (var (name, query) in scenarios)
{
    var (median, p95, counted) = await TimeAsync(12, 2, async db => (await new StatisticsService(db, time, new AuditLog(db, time)).FiguresAsync(query)).ConcernsByType.Overall.Total);
    Console.WriteLine($"| {name} | {counted:N0} | {median:N0} | {p95:N0} |");
}

Console.WriteLine();
Console.WriteLine("| export (year 2025, all) | rows | median ms | p95 ms |");
Console.WriteLine("|---|---|---|---|");
{
    var (median, p95, rows) = await TimeAsync(6, 1, async db => (await new StatisticsService(db, time, new AuditLog(db, time)).HomeOfficeTablesAsync(StatisticsQuery.ForYear(2025))).Sum(t => t.Rows.Count));
    Console.WriteLine($"| Home Office tables | {rows:N0} | {median:N0} | {p95:N0} |");
    (median, p95, rows) = await TimeAsync(6, 1, async db =>
        KAnonymiser.Anonymise(await new StatisticsService(db, time, new AuditLog(db, time)).OpenDataPeopleAsync(StatisticsQuery.ForYear(2025))).Rows.Count);
    Console.WriteLine($"| open data (read and k-anonymise) | {rows:N0} | {median:N0} | {p95:N0} |");
}

async Task<(double Median, double P95, int Result)> TimeAsync(int runs, int warmUp, Func<HarbourDbContext, Task<int>> action)
{
    var timings = new List<double>();
    var result = 0;
    for (var run = 0; run < runs; run++)
    {
        await using var db = HarbourDatabase.CreateContext(DatabaseProvider.Postgres, connection);
        var watch = Stopwatch.StartNew();
        result = await action(db);
        watch.Stop();
        if (run >= warmUp)
        {
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    timings.Sort();
    return (timings[timings.Count / 2], timings[Math.Max(0, (int)Math.Ceiling(timings.Count * 0.95) - 1)], result);
}

static async Task SeedTemplatesAsync(string connection, int count)
{
    await using var db = HarbourDatabase.CreateContext(DatabaseProvider.Postgres, connection);
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var areas = await db.Areas.Select(a => a.Id).ToListAsync();
    var councils = await db.Organisations.Where(o => o.Type == OrganisationType.LocalAuthority).Select(o => o.Id).ToListAsync();
    var others = await db.Organisations.Where(o => o.Type != OrganisationType.LocalAuthority).Select(o => o.Id).ToListAsync();
    var exploitation = await db.ExploitationTypes.Select(t => t.Code).ToListAsync();
    string[] nationalities = ["GB", "GB", "GB", "GB", "AL", "VN", "RO", "ER", "SD", "PL", "IN", "CN", "NG", "IR", "AF", "LT", "UA", "SY", "BG", "MA"];
    string[] genders = ["Male", "Male", "Male", "Female", "Female", "Other", "NotKnown"];
    var random = new Random(20261123);
    for (var start = 0; start < count; start += 2_000)
    {
        for (var i = start; i < Math.Min(count, start + 2_000); i++)
        {
            var submitted = new DateTime(2025, 1, 1, 8, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 364 * 24 * 60));
            var prevent = random.NextDouble() < 0.2;
            var slavery = !prevent || random.NextDouble() < 0.05;
            var decided = random.NextDouble() < 0.9;
            var triage = councils[random.Next(councils.Count)];
            var age = random.NextDouble() switch { < 0.55 => AgeGroup.Adult, < 0.9 => AgeGroup.Child, _ => AgeGroup.NotKnown };
            var concern = new Concern
            {
                Id = Guid.NewGuid(),
                Reference = $"CON-2025-{i + 1:000000}",
                Status = decided ? ConcernStatus.Triaged : ConcernStatus.AwaitingTriage,
                IsModernSlavery = slavery,
                IsPrevent = prevent,
                PreventConcernType = prevent ? (PreventConcernType)random.Next(4) : null,
                AreaId = areas[random.Next(areas.Count)],
                RaisedByOrganisationId = random.NextDouble() < 0.5 ? triage : others[random.Next(others.Count)],
                TriageOrganisationId = triage,
                Person = new PersonAtRisk
                {
                    GivenNames = "Test",
                    FamilyName = $"Person {i}",
                    AgeGroup = age,
                    ApproximateAge = age == AgeGroup.Child ? random.Next(8, 18) : age == AgeGroup.Adult ? random.Next(18, 70) : null,
                    Gender = genders[random.Next(genders.Length)],
                    Nationality = random.NextDouble() < 0.1 ? null : nationalities[random.Next(nationalities.Length)],
                },
                ExploitationTypeCodes = slavery ? exploitation.Where(_ => random.NextDouble() < 0.25).Take(3).DefaultIfEmpty(exploitation[random.Next(4)]).ToList() : [],
                IndicatorCodes = random.NextDouble() < 0.3 ? ["documents-held"] : [],
                WhatHappened = "Generated for the statistics benchmark.",
                CreatedAt = submitted.AddMinutes(-30),
                UpdatedAt = submitted,
                SubmittedAt = submitted,
                TriageDueAt = Harbour.Core.WorkingDays.Add(submitted, 1),
                DecidedAt = decided ? submitted.AddHours(random.Next(1, 72)) : null,
                Decision = decided ? TriageDecision.OpenCase : null,
            };
            db.Concerns.Add(concern);
            if (!decided)
            {
                continue;
            }

            var @case = new Case
            {
                Id = Guid.NewGuid(),
                Reference = $"HMS-2025-{i + 1:000000}",
                IsModernSlavery = slavery,
                IsPrevent = prevent,
                OwnerOrganisationId = triage,
                AreaId = concern.AreaId,
                ConcernId = concern.Id,
                AgeGroup = age,
                OpenedAt = concern.DecidedAt!.Value,
                UpdatedAt = concern.DecidedAt!.Value,
            };
            concern.CaseId = @case.Id;
            db.Cases.Add(@case);
            var day = DateOnly.FromDateTime(concern.DecidedAt!.Value);
            if (slavery && (age == AgeGroup.Child || random.NextDouble() < 0.5))
            {
                var roll = random.NextDouble();
                var state = roll switch
                {
                    < 0.1 => NrmState.AwaitingReasonableGrounds,
                    < 0.45 => NrmState.AwaitingConclusiveGrounds,
                    < 0.55 => NrmState.ReasonableGroundsNegative,
                    < 0.85 => NrmState.ConclusiveGroundsPositive,
                    < 0.95 => NrmState.ConclusiveGroundsNegative,
                    _ => NrmState.ReconsiderationRequested,
                };
                var pathway = new Pathway
                {
                    Id = Guid.NewGuid(), CaseId = @case.Id, Kind = PathwayKind.NationalReferralMechanism, NrmState = state,
                    Nrm = new NrmDetails { IsChild = age == AgeGroup.Child, SubmittedOn = day, ReasonableGroundsDueOn = Harbour.Core.WorkingDays.AddDays(day, 5) },
                    CreatedAt = concern.DecidedAt!.Value, UpdatedAt = concern.DecidedAt!.Value,
                };
                if (state != NrmState.AwaitingReasonableGrounds)
                {
                    pathway.Nrm.ReasonableGroundsOn = day.AddDays(random.Next(1, 15));
                }

                if (state is NrmState.ConclusiveGroundsPositive or NrmState.ConclusiveGroundsNegative)
                {
                    pathway.Nrm.ConclusiveGroundsOn = pathway.Nrm.ReasonableGroundsOn!.Value.AddDays(random.Next(45, 400));
                }

                db.Pathways.Add(pathway);
            }
            else if (slavery && random.NextDouble() < 0.3)
            {
                db.DutyToNotifyReports.Add(new DutyToNotifyReport { Id = Guid.NewGuid(), CaseId = @case.Id, SubmittedOn = day, RecordedAt = concern.DecidedAt!.Value });
            }

            if (prevent)
            {
                var gateway = random.NextDouble() < 0.8 ? day.AddDays(random.Next(1, 20)) : (DateOnly?)null;
                var outcome = gateway is null ? (GatewayOutcome?)null : (GatewayOutcome)random.Next(3);
                db.Pathways.Add(new Pathway
                {
                    Id = Guid.NewGuid(), CaseId = @case.Id, Kind = PathwayKind.Channel, ChannelState = ChannelState.Referred,
                    Channel = new ChannelDetails
                    {
                        ConcernType = concern.PreventConcernType, ReferringSector = (ReferringSector)random.Next(7), GatewayAssessedOn = gateway, GatewayOutcome = outcome,
                        AdoptedOn = outcome == GatewayOutcome.ChannelPanel && random.NextDouble() < 0.5 ? gateway!.Value.AddDays(random.Next(10, 40)) : null,
                    },
                    CreatedAt = concern.DecidedAt!.Value, UpdatedAt = concern.DecidedAt!.Value,
                });
            }

            if (random.NextDouble() < 0.3)
            {
                db.SupportReferrals.Add(new SupportReferral
                {
                    Id = Guid.NewGuid(), CaseId = @case.Id, ServiceId = Guid.NewGuid(), ServiceName = "Moving On", Status = (SupportReferralStatus)random.Next(5),
                    ConsentGivenBy = "The person", ConsentGivenOn = day, Reason = "Support", InformationShared = "Name and needs",
                    ReferredByOrganisationId = triage, SentAt = concern.DecidedAt!.Value.AddHours(3),
                });
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}

// Copies the templates: ids from md5(id || copy) so links between the tables hold, dates moved back (copy % 4) years.
static async Task CopyAsync(string connection, int copies)
{
    await using var data = new NpgsqlConnection(connection);
    await data.OpenAsync();
    var shifts = new Dictionary<string, (string[] Timestamps, string[] Dates, (string Column, string[] Keys)[] Json, string[] Ids, string? Reference)>
    {
        ["concerns"] = (["CreatedAt", "UpdatedAt", "SubmittedAt", "TriageDueAt", "DecidedAt"], [], [], ["Id", "CaseId"], "Reference"),
        ["cases"] = (["OpenedAt", "UpdatedAt", "ClosedAt"], ["NextTaskDueOn"], [], ["Id", "ConcernId"], "Reference"),
        ["pathways"] = (["CreatedAt", "UpdatedAt"], [],
            [("Nrm", ["SubmittedOn", "ReasonableGroundsDueOn", "ReasonableGroundsOn", "ConclusiveGroundsOn"]), ("Channel", ["GatewayAssessedOn", "AdoptedOn"])],
            ["Id", "CaseId"], null),
        ["duty_to_notify_reports"] = (["RecordedAt"], ["SubmittedOn"], [], ["Id", "CaseId"], null),
        ["support_referrals"] = (["SentAt", "RespondedAt", "ClosedAt"], ["ConsentGivenOn"], [], ["Id", "CaseId"], null),
    };
    var selects = new Dictionary<string, string>();
    foreach (var (table, shift) in shifts)
    {
        var columns = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT column_name FROM information_schema.columns WHERE table_name = @t AND is_generated = 'NEVER' ORDER BY ordinal_position", data))
        {
            command.Parameters.AddWithValue("t", table);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var expressions = columns.Select(c =>
        {
            if (shift.Ids.Contains(c))
            {
                return $"CASE WHEN \"{c}\" IS NULL THEN NULL ELSE md5(\"{c}\"::text || @copy)::uuid END";
            }

            if (c == shift.Reference)
            {
                return $"'B' || @copy || '-' || \"{c}\"";
            }

            if (shift.Timestamps.Contains(c))
            {
                return $"\"{c}\" - make_interval(years => @shift)";
            }

            if (shift.Dates.Contains(c))
            {
                return $"(\"{c}\" - make_interval(years => @shift))::date";
            }

            if (shift.Json.FirstOrDefault(j => j.Column == c) is { Column: not null } json)
            {
                // Merging an object of the moved dates keeps the expression linear in the number of keys.
                var moved = string.Join(", ", json.Keys.Select(key =>
                    $"'{key}', ((\"{c}\"->>'{key}')::date - make_interval(years => @shift))::date::text"));
                return $"\"{c}\" || jsonb_build_object({moved})";
            }

            return $"\"{c}\"";
        });
        selects[table] = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", expressions)} FROM {table} WHERE \"Id\" = ANY(@ids)";
    }

    // The template ids, taken before copying so the copies are not copied again.
    var ids = new Dictionary<string, Guid[]>();
    foreach (var table in shifts.Keys)
    {
        var list = new List<Guid>();
        await using var command = new NpgsqlCommand($"SELECT \"Id\" FROM {table}", data);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add(reader.GetGuid(0));
        }

        ids[table] = [.. list];
    }

    for (var copy = 1; copy < copies; copy++)
    {
        await using var transaction = await data.BeginTransactionAsync();
        foreach (var table in shifts.Keys)
        {
            await using var command = new NpgsqlCommand(selects[table], data, transaction);
            command.Parameters.AddWithValue("copy", copy.ToString(CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("shift", copy % 4);
            command.Parameters.AddWithValue("ids", ids[table]);
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    await using var analyse = new NpgsqlCommand("VACUUM ANALYZE", data);
    analyse.CommandTimeout = 600;
    await analyse.ExecuteNonQueryAsync();
}

