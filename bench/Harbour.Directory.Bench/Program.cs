using System.Diagnostics;
using System.Globalization;
using Harbour.Bench;
using Harbour.Core.Data;
using Harbour.Core.SupportDirectory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Harbour.Directory.Bench;

/// <summary>
/// Requests per second for the support directory over real HTTP: Harbour on Kestrel (loopback) with its embedded
/// SQLite database, the seeded directory plus generated services, and concurrent clients for a fixed time.
///   dotnet run -c Release --project bench/Harbour.Directory.Bench -- [extra services, default 1000] [seconds per query, default 10] [clients, default 16]
/// </summary>
internal static class DirectoryBench
{
    public static async Task Main(string[] args)
    {
        var extra = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 16;

        var root = RepositoryRoot.Find();
        var work = System.IO.Directory.CreateTempSubdirectory("harbour-directory-bench-");
        await using var harbour = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(Path.Combine(root, "src", "Harbour.Web"));
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Harbour", $"Data Source={Path.Combine(work.FullName, "harbour.db")}");
            builder.UseSetting("Harbour:ReferenceDataPath", Path.Combine(root, "reference-data"));
            builder.UseSetting("Harbour:DataDirectory", work.FullName);
            builder.UseSetting("Harbour:AttachmentsDirectory", Path.Combine(work.FullName, "attachments"));
            builder.UseSetting("Notifications:OutboxDirectory", Path.Combine(work.FullName, "outbox"));
            builder.UseSetting("Reminders:Enabled", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        });
        harbour.UseKestrel(0);
        harbour.StartServer();
        var address = harbour.ClientOptions.BaseAddress;

        Guid someService;
        using (var scope = harbour.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HarbourDbContext>();
            var organisation = db.DirectoryOrganisations.First();
            var terms = db.DirectoryTaxonomyTerms.Select(t => t.Id).ToList();
            var areas = db.Areas.Select(a => a.Code).ToList();
            var random = new Random(42);
            string[] words = ["housing", "support", "advice", "legal", "women", "men", "children", "counselling", "English", "work", "benefits", "interpreting"];
            for (var i = 0; i < extra; i++)
            {
                db.DirectoryServices.Add(new DirectoryService
                {
                    Id = Guid.NewGuid(), Code = $"bench-{i}", OrganisationId = organisation.Id, Name = $"Service {i} {words[random.Next(words.Length)]}",
                    Description = string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)])), Status = ServiceStatus.Active,
                    MinimumAge = random.Next(3) == 0 ? 18 : null, Gender = random.Next(5) == 0 ? EligibleGender.Female : null,
                    LastCheckedOn = new DateOnly(2026, 1, 1), UpdatedAt = DateTime.UtcNow, ManagedInHarbour = true,
                    Details = new ServiceDetails
                    {
                        IsNational = random.Next(4) == 0, AreaCodes = [areas[random.Next(areas.Count)]], TaxonomyTermIds = [terms[random.Next(terms.Count)], terms[random.Next(terms.Count)]],
                        Phones = [new ServicePhone { Id = Guid.NewGuid(), Number = "0800 000 000" }],
                        Locations = [new ServiceLocation { Id = Guid.NewGuid(), LocationId = Guid.NewGuid(), AddressId = Guid.NewGuid(), AccessibilityId = Guid.NewGuid(), Name = "Office", AddressLine1 = "1 High Street", City = "Southampton", Postcode = "SO14 7LY" }],
                    },
                });
            }

            db.SaveChanges();
            someService = db.DirectoryServices.OrderBy(s => s.Code).Select(s => s.Id).First();
        }

        string[] queries =
        [
            "/api/oruk/services?search=support",
            "/api/oruk/services?search=housing%20advice&postcode=SO14%207LY&per_page=50",
            $"/api/oruk/services/{someService}",
            "/api/oruk/service_at_locations?per_page=100",
            "/support?q=housing&Postcode=SO14+7LY&Age=30&Gender=female",
        ];

        Console.WriteLine($"Directory: {extra} generated services plus the seeded ones; {clients} concurrent clients; {seconds} s per query; {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine("| request | requests/s | p50 ms | p95 ms | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = address };
        foreach (var query in queries)
        {
            await RunAsync(http, query, TimeSpan.FromSeconds(2), clients);
            var (count, latencies, errors) = await RunAsync(http, query, TimeSpan.FromSeconds(seconds), clients);
            latencies.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{query}` | {count / (double)seconds:N0} | {latencies[latencies.Count / 2]:N1} | {latencies[(int)(latencies.Count * 0.95)]:N1} | {errors} |"));
        }

        work.Delete(recursive: true);
    }

    private static async Task<(int Count, List<double> Latencies, int Errors)> RunAsync(HttpClient http, string path, TimeSpan duration, int clients)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var all = new List<double>();
        var errors = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var mine = new List<double>();
            while (Stopwatch.GetTimestamp() < until)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }

            lock (all)
            {
                all.AddRange(mine);
            }
        }));
        return (all.Count, all, errors);
    }
}
