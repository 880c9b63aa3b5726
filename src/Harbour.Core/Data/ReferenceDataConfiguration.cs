using Harbour.Core.ReferenceData;
using Harbour.Core.Resources;
using Harbour.Core.SupportDirectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harbour.Core.Data;

internal static class ReferenceDataConfiguration
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        Map<Partnership>(modelBuilder, "partnerships");
        Map<Area>(modelBuilder, "areas");
        Map<ExploitationType>(modelBuilder, "exploitation_types");
        Map<IndicatorGroup>(modelBuilder, "indicator_groups");
        Map<RadicalisationSign>(modelBuilder, "radicalisation_signs");
        Map<StrategicObjective>(modelBuilder, "strategic_objectives");
        Map<FourPStrand>(modelBuilder, "four_p_strands");
        Map<SupportContact>(modelBuilder, "support_contacts");

        Map<Organisation>(modelBuilder, "organisations")
            .HasMany(o => o.Areas)
            .WithMany(a => a.Organisations)
            .UsingEntity("organisation_areas");

        Map<DirectoryTaxonomy>(modelBuilder, "directory_taxonomies");
        Map<DirectoryTaxonomyTerm>(modelBuilder, "directory_taxonomy_terms")
            .HasOne<DirectoryTaxonomy>().WithMany().HasForeignKey(t => t.TaxonomyId).OnDelete(DeleteBehavior.Restrict);
        Map<DirectoryOrganisation>(modelBuilder, "directory_organisations")
            .HasOne<Organisation>().WithMany().HasForeignKey(o => o.HarbourOrganisationId).OnDelete(DeleteBehavior.Restrict);
        var service = Map<DirectoryService>(modelBuilder, "directory_services");
        service.HasOne<DirectoryOrganisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        service.Property(s => s.Details)
            .HasConversion(d => ServiceDetailsJson.Serialize(d), json => ServiceDetailsJson.Deserialize(json), ServiceDetailsJson.Comparer);

        Map<LibraryResource>(modelBuilder, "library_resources");

        Map<Indicator>(modelBuilder, "indicators")
            .HasOne(i => i.Group)
            .WithMany(g => g.Indicators)
            .HasForeignKey(i => i.IndicatorGroupId)
            .OnDelete(DeleteBehavior.Restrict);
    }

    /// <summary>Every reference table is keyed by a Guid and found by its unique code.</summary>
    private static EntityTypeBuilder<T> Map<T>(ModelBuilder modelBuilder, string table)
        where T : ReferenceEntity
    {
        var builder = modelBuilder.Entity<T>();
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Code).HasMaxLength(100);
        builder.HasIndex(e => e.Code).IsUnique();
        return builder;
    }
}
