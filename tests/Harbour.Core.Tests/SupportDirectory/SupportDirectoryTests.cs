using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.ReferenceData;
using Harbour.Core.SupportDirectory;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Core.Tests.SupportDirectory;

public sealed class SupportDirectoryTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [Theory]
    [InlineData("SO14 7LY", "SO14")]
    [InlineData("so147ly", "SO14")]
    [InlineData("PO1 2AB", "PO1")]
    [InlineData("EC1A 1BB", "EC1A")]
    [InlineData("SO14", "SO14")]
    [InlineData(" po30 ", "PO30")]
    [InlineData("nowhere", null)]
    [InlineData("12345", null)]
    [InlineData("", null)]
    public void PostcodeDistrict_IsTheOutwardCode(string postcode, string? expected) =>
        Assert.Equal(expected, DirectoryCatalogue.PostcodeDistrict(postcode));

    [Fact]
    public void Eligibility_ExplainsEachReasonAPersonCannotUseAService()
    {
        var service = new DirectoryService
        {
            Code = "x", Name = "Moving On", Description = "d", MinimumAge = 18, Gender = EligibleGender.Female,
            Details = new ServiceDetails { AreaCodes = ["hampshire"] },
        };

        Assert.Empty(Eligibility.Problems(service, 30, EligibleGender.Female, "hampshire", "Hampshire"));
        Assert.Equal(
            ["This service is for women only", "This service is for people aged 18 or over", "This service does not cover Portsmouth"],
            Eligibility.Problems(service, 16, EligibleGender.Male, "portsmouth", "Portsmouth"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Seed_LoadsTheNamedServicesOnce_AndSearchFindsByNeedAgeGenderAndPostcode(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        await using var db = database.CreateContext();
        await new ReferenceDataLoader(db, time, new AuditLog(db, time)).LoadAsync(RepositoryPaths.ReferenceData);
        var again = await new ReferenceDataLoader(db, time, new AuditLog(db, time)).LoadAsync(RepositoryPaths.ReferenceData);
        var catalogue = await new SupportDirectoryService(db, time, new AuditLog(db, time)).LoadAsync();

        Assert.Equal(0, again.TotalChanges);
        foreach (var name in new[] { "Modern Slavery and Exploitation Helpline", "Moving On project", "Survivor Hub", "STOP THE TRAFFIK", "ACT Early Support Line (Prevent and Channel)", "Modern Slavery Victim Care Contract", "Asylum Help" })
        {
            Assert.Contains(catalogue.Services, s => s.Service.Name == name);
        }

        var mentalHealth = catalogue.Terms.Single(t => t.Code == "mental-health").Id;
        var forAWoman = catalogue.Search(new DirectoryQuery { TermIds = [mentalHealth], Postcode = "SO14 7LY", Age = 30, Gender = EligibleGender.Female });
        var forAMan = catalogue.Search(new DirectoryQuery { TermIds = [mentalHealth], Postcode = "SO14 7LY", Age = 30, Gender = EligibleGender.Male });
        var inManchester = catalogue.Search(new DirectoryQuery { Postcode = "M1 1AA" });

        Assert.Contains(forAWoman, s => s.Service.Code == "medaille-moving-on");
        Assert.DoesNotContain(forAMan, s => s.Service.Code == "medaille-moving-on");
        Assert.All(inManchester, s => Assert.True(s.Service.Details.IsNational));
        Assert.Equal(catalogue.Version, await new SupportDirectoryService(db, time, new AuditLog(db, time)).VersionAsync());
    }

    [SkippableFact]
    public async Task ServiceEditedInHarbour_IsNotOverwrittenByTheFile()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        await using var db = database.CreateContext();
        await new ReferenceDataLoader(db, time, new AuditLog(db, time)).LoadAsync(RepositoryPaths.ReferenceData);
        var service = await db.DirectoryServices.SingleAsync(s => s.Code == "survivor-hub");
        service.Description = "Edited by the coordinator";
        service.ManagedInHarbour = true;
        await db.SaveChangesAsync();

        await new ReferenceDataLoader(db, time, new AuditLog(db, time)).LoadAsync(RepositoryPaths.ReferenceData);

        Assert.Equal("Edited by the coordinator", (await db.DirectoryServices.AsNoTracking().SingleAsync(s => s.Code == "survivor-hub")).Description);
    }
}
