using Harbour.Core.Auditing;
using Harbour.Core.Data;
using Harbour.Core.ReferenceData;
using Harbour.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harbour.Core.Tests.ReferenceData;

public sealed class ReferenceDataLoaderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private readonly string files = Path.Combine(Path.GetTempPath(), $"harbour-reference-{Guid.NewGuid():N}");

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    public Task InitializeAsync()
    {
        // Each test edits its own copy of the repository's files.
        Directory.CreateDirectory(files);
        foreach (var file in Directory.GetFiles(RepositoryPaths.ReferenceData))
        {
            File.Copy(file, Path.Combine(files, Path.GetFileName(file)));
        }

        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(files, recursive: true);
        return Task.CompletedTask;
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Load_OnEmptyDatabase_AddsEveryItemInTheFiles(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        var result = await LoadAsync(database);

        Assert.True(result.TotalChanges > 0);
        await using var db = database.CreateContext();
        Assert.Equal(4, await db.Areas.CountAsync());
        Assert.Equal(9, await db.ExploitationTypes.CountAsync());
        Assert.Equal(5, await db.ExploitationTypes.CountAsync(t => t.Category == ExploitationCategory.Other));
        Assert.Equal(5, await db.RadicalisationSigns.CountAsync());
        Assert.Equal(4, await db.StrategicObjectives.CountAsync());
        Assert.Equal(4, await db.FourPStrands.CountAsync());
        Assert.Equal(7, await db.IndicatorGroups.CountAsync());
        var helpline = await db.SupportContacts.SingleAsync(c => c.Code == "modern-slavery-helpline");
        Assert.Equal("0800 012 1700", helpline.Phone);
        var police = await db.Organisations.Include(o => o.Areas).SingleAsync(o => o.Code == "hiow-constabulary");
        Assert.True(police.IsFirstResponderOrganisation);
        Assert.Equal(4, police.Areas.Count);
        Assert.False((await db.Organisations.SingleAsync(o => o.Code == "hiow-icb")).IsFirstResponderOrganisation);
        Assert.All(await db.Indicators.ToListAsync(), i => Assert.Equal(time.GetUtcNow().UtcDateTime, i.UpdatedAt));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Load_SecondTimeWithSameFiles_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await LoadAsync(database);
        var before = await SnapshotAsync(database);
        time.Advance(TimeSpan.FromDays(1));

        var result = await LoadAsync(database);

        Assert.Equal(0, result.TotalChanges);
        Assert.Equal(before, await SnapshotAsync(database));
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == "reference-data.loaded"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Load_AfterEditingOneItem_UpdatesOnlyThatRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await LoadAsync(database);
        var before = await SnapshotAsync(database);
        Edit(ReferenceDataFiles.SupportContactsFile, "phone: 0800 012 1700", "phone: 0800 999 0000");
        time.Advance(TimeSpan.FromHours(2));

        var result = await LoadAsync(database);

        Assert.Equal(1, result.TotalChanges);
        Assert.Equal(1, result.Changes.Single(c => c.Kind == nameof(SupportContact)).Updated);
        await using var db = database.CreateContext();
        var helpline = await db.SupportContacts.SingleAsync(c => c.Code == "modern-slavery-helpline");
        Assert.Equal("0800 999 0000", helpline.Phone);
        Assert.Equal(time.GetUtcNow().UtcDateTime, helpline.UpdatedAt);
        var after = await SnapshotAsync(database);
        Assert.Single(after.Except(before));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Load_AfterMovingOrganisationToOtherAreas_RelinksAreas(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await LoadAsync(database);
        Edit(ReferenceDataFiles.OrganisationsFile,
            "code: uhs-nhs\n    name: University Hospital Southampton NHS Foundation Trust\n    type: Health\n    firstResponder: false\n    areas: [southampton, hampshire]",
            "code: uhs-nhs\n    name: University Hospital Southampton NHS Foundation Trust\n    type: Health\n    firstResponder: false\n    areas: [isle-of-wight]");

        var result = await LoadAsync(database);

        Assert.Equal(1, result.TotalChanges);
        await using var db = database.CreateContext();
        var trust = await db.Organisations.Include(o => o.Areas).SingleAsync(o => o.Code == "uhs-nhs");
        Assert.Equal(["isle-of-wight"], trust.Areas.Select(a => a.Code));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Load_AfterRemovingAnItem_DeactivatesItAndKeepsTheRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await LoadAsync(database);
        Edit(ReferenceDataFiles.RadicalisationSignsFile,
            "  - code: appearance-change\n    text: A change in how they look or dress\n", "");

        var result = await LoadAsync(database);

        Assert.Equal(1, result.Changes.Single(c => c.Kind == nameof(RadicalisationSign)).Deactivated);
        await using var db = database.CreateContext();
        var removed = await db.RadicalisationSigns.SingleAsync(s => s.Code == "appearance-change");
        Assert.False(removed.IsActive);
        Assert.DoesNotContain(await new ReferenceDataQueries(db).GetRadicalisationSignsAsync(), s => s.Code == "appearance-change");
    }

    [SkippableFact]
    public async Task Load_ItemWithoutCode_FailsNamingTheFileAndWritesNothing()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        Edit(ReferenceDataFiles.ExploitationTypesFile, "- code: forced-begging", "- code: \"\"");

        var error = await Assert.ThrowsAsync<ReferenceDataException>(() => LoadAsync(database));

        Assert.Contains(ReferenceDataFiles.ExploitationTypesFile, error.Message, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Areas.CountAsync());
    }

    [SkippableFact]
    public async Task Load_OrganisationInUnknownArea_FailsWithClearMessage()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        Edit(ReferenceDataFiles.OrganisationsFile, "areas: [isle-of-wight]", "areas: [atlantis]");

        var error = await Assert.ThrowsAsync<ReferenceDataException>(() => LoadAsync(database));

        Assert.Contains("'atlantis'", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Load_InvalidYaml_FailsNamingTheLine()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        File.AppendAllText(Path.Combine(files, ReferenceDataFiles.RadicalisationSignsFile), "  - code: [unclosed\n");

        var error = await Assert.ThrowsAsync<ReferenceDataException>(() => LoadAsync(database));

        Assert.Matches(@"radicalisation-signs\.yaml, line \d+", error.Message);
    }

    private async Task<ReferenceDataLoadResult> LoadAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await new ReferenceDataLoader(db, time, new AuditLog(db, time)).LoadAsync(files);
    }

    private void Edit(string file, string find, string replace)
    {
        var path = Path.Combine(files, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>Every reference row as text, so two loads can be compared field by field.</summary>
    private static async Task<HashSet<string>> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var rows = new List<string>();
        rows.AddRange((await db.Partnerships.ToListAsync()).Select(p => $"P|{p.Id}|{p.Code}|{p.Name}|{p.Vision}|{p.UpdatedAt:O}|{p.IsActive}"));
        rows.AddRange((await db.Areas.ToListAsync()).Select(a => $"A|{a.Id}|{a.Code}|{a.Name}|{a.SortOrder}|{a.UpdatedAt:O}"));
        rows.AddRange((await db.Organisations.Include(o => o.Areas).ToListAsync()).Select(o =>
            $"O|{o.Id}|{o.Code}|{o.Name}|{o.Type}|{o.IsFirstResponderOrganisation}|{string.Join(',', o.Areas.Select(a => a.Code).Order())}|{o.UpdatedAt:O}"));
        rows.AddRange((await db.ExploitationTypes.ToListAsync()).Select(e => $"E|{e.Id}|{e.Code}|{e.Name}|{e.Description}|{e.UpdatedAt:O}"));
        rows.AddRange((await db.IndicatorGroups.ToListAsync()).Select(g => $"G|{g.Id}|{g.Code}|{g.Name}|{g.UpdatedAt:O}"));
        rows.AddRange((await db.Indicators.ToListAsync()).Select(i => $"I|{i.Id}|{i.Code}|{i.Text}|{i.IndicatorGroupId}|{i.UpdatedAt:O}"));
        rows.AddRange((await db.RadicalisationSigns.ToListAsync()).Select(s => $"R|{s.Id}|{s.Code}|{s.Text}|{s.IsActive}|{s.UpdatedAt:O}"));
        rows.AddRange((await db.StrategicObjectives.ToListAsync()).Select(o => $"S|{o.Id}|{o.Code}|{o.Title}|{o.UpdatedAt:O}"));
        rows.AddRange((await db.FourPStrands.ToListAsync()).Select(p => $"F|{p.Id}|{p.Code}|{p.Name}|{p.UpdatedAt:O}"));
        rows.AddRange((await db.SupportContacts.ToListAsync()).Select(c => $"C|{c.Id}|{c.Code}|{c.Name}|{c.Phone}|{c.UpdatedAt:O}"));
        return rows.ToHashSet(StringComparer.Ordinal);
    }
}
