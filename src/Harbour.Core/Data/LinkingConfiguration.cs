using Harbour.Core.Concerns;
using Harbour.Core.Linking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harbour.Core.Data;

internal sealed class LinkedEntityConfiguration : IEntityTypeConfiguration<LinkedEntity>
{
    public void Configure(EntityTypeBuilder<LinkedEntity> entity)
    {
        entity.ToTable("linked_entities");
        entity.Property(e => e.Id).ValueGeneratedNever();
        entity.Property(e => e.Key).HasMaxLength(400);
        entity.Property(e => e.Label).HasMaxLength(400);
        // Phones, addresses, vehicles and businesses are found by their normalised value when a concern names them.
        entity.HasIndex(e => new { e.Kind, e.Key });
    }
}

internal sealed class EntityMentionConfiguration : IEntityTypeConfiguration<EntityMention>
{
    public void Configure(EntityTypeBuilder<EntityMention> mention)
    {
        mention.ToTable("entity_mentions");
        mention.Property(m => m.Id).ValueGeneratedNever();
        mention.Property(m => m.Value).HasMaxLength(400);
        mention.OwnsOne(m => m.Person, person => person.ToJson());
        // The network walks entity → concerns → entities; hotspots count people at risk per entity by date.
        mention.HasIndex(m => new { m.EntityId, m.ConcernId });
        mention.HasIndex(m => new { m.ConcernId, m.EntityId });
        mention.HasIndex(m => new { m.Kind, m.CreatedAt });
        mention.HasOne<LinkedEntity>().WithMany().HasForeignKey(m => m.EntityId).OnDelete(DeleteBehavior.Restrict);
        mention.HasOne<Concern>().WithMany().HasForeignKey(m => m.ConcernId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonMatchConfiguration : IEntityTypeConfiguration<PersonMatch>
{
    public void Configure(EntityTypeBuilder<PersonMatch> match)
    {
        match.ToTable("person_matches");
        match.Property(m => m.Id).ValueGeneratedNever();
        match.Property(m => m.DecisionReason).HasMaxLength(2000);
        match.OwnsMany(m => m.Explanation, field => field.ToJson());
        match.HasIndex(m => new { m.Status, m.Probability });
        match.HasIndex(m => m.MentionId);
        match.HasIndex(m => m.OtherMentionId);
        match.HasOne<EntityMention>().WithMany().HasForeignKey(m => m.MentionId).OnDelete(DeleteBehavior.Cascade);
        match.HasOne<EntityMention>().WithMany().HasForeignKey(m => m.OtherMentionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LinkedConcernConfiguration : IEntityTypeConfiguration<LinkedConcern>
{
    public void Configure(EntityTypeBuilder<LinkedConcern> linked)
    {
        linked.ToTable("linked_concerns");
        linked.HasKey(l => l.ConcernId);
        linked.HasOne<Concern>().WithMany().HasForeignKey(l => l.ConcernId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LinkedCasePersonConfiguration : IEntityTypeConfiguration<LinkedCasePerson>
{
    public void Configure(EntityTypeBuilder<LinkedCasePerson> linked)
    {
        linked.ToTable("linked_case_people");
        linked.HasKey(l => l.CasePersonId);
        linked.HasOne<Harbour.Core.Cases.CasePerson>().WithMany().HasForeignKey(l => l.CasePersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
