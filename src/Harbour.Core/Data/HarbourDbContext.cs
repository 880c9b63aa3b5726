using Harbour.Core.ReferenceData;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Harbour.Core.Data;

public class HarbourDbContext(DbContextOptions<HarbourDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Data Protection keys live in the database so several web instances can read each other's cookies.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<Area> Areas => Set<Area>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<ExploitationType> ExploitationTypes => Set<ExploitationType>();

    public DbSet<IndicatorGroup> IndicatorGroups => Set<IndicatorGroup>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<RadicalisationSign> RadicalisationSigns => Set<RadicalisationSign>();

    public DbSet<StrategicObjective> StrategicObjectives => Set<StrategicObjective>();

    public DbSet<FourPStrand> FourPStrands => Set<FourPStrand>();

    public DbSet<SupportContact> SupportContacts => Set<SupportContact>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Every stored time is UTC. SQLite hands DateTime back as Unspecified; marking it UTC on read keeps
        // both providers identical (PostgreSQL timestamptz insists on UTC on write).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
        configurationBuilder.Properties<string>().HaveMaxLength(4000);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HarbourDbContext).Assembly);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
