using Harbour.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harbour.Core.Data;

internal static class ReferenceEntityMapping
{
    public static void MapReferenceEntity<T>(this EntityTypeBuilder<T> builder, string table)
        where T : ReferenceEntity
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Code).HasMaxLength(100);
        builder.HasIndex(e => e.Code).IsUnique();
    }
}

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder) => builder.MapReferenceEntity("partnerships");
}

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder) => builder.MapReferenceEntity("areas");
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.MapReferenceEntity("organisations");
        builder.HasMany(o => o.Areas)
            .WithMany(a => a.Organisations)
            .UsingEntity("organisation_areas");
    }
}

internal sealed class ExploitationTypeConfiguration : IEntityTypeConfiguration<ExploitationType>
{
    public void Configure(EntityTypeBuilder<ExploitationType> builder) => builder.MapReferenceEntity("exploitation_types");
}

internal sealed class IndicatorGroupConfiguration : IEntityTypeConfiguration<IndicatorGroup>
{
    public void Configure(EntityTypeBuilder<IndicatorGroup> builder) => builder.MapReferenceEntity("indicator_groups");
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.MapReferenceEntity("indicators");
        builder.HasOne(i => i.Group)
            .WithMany(g => g.Indicators)
            .HasForeignKey(i => i.IndicatorGroupId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RadicalisationSignConfiguration : IEntityTypeConfiguration<RadicalisationSign>
{
    public void Configure(EntityTypeBuilder<RadicalisationSign> builder) => builder.MapReferenceEntity("radicalisation_signs");
}

internal sealed class StrategicObjectiveConfiguration : IEntityTypeConfiguration<StrategicObjective>
{
    public void Configure(EntityTypeBuilder<StrategicObjective> builder) => builder.MapReferenceEntity("strategic_objectives");
}

internal sealed class FourPStrandConfiguration : IEntityTypeConfiguration<FourPStrand>
{
    public void Configure(EntityTypeBuilder<FourPStrand> builder) => builder.MapReferenceEntity("four_p_strands");
}

internal sealed class SupportContactConfiguration : IEntityTypeConfiguration<SupportContact>
{
    public void Configure(EntityTypeBuilder<SupportContact> builder) => builder.MapReferenceEntity("support_contacts");
}
