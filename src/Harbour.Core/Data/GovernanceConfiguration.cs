using Harbour.Core.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harbour.Core.Data;

internal sealed class StrategyConfiguration : IEntityTypeConfiguration<Strategy>
{
    public void Configure(EntityTypeBuilder<Strategy> strategy)
    {
        strategy.ToTable("strategies");
        strategy.Property(s => s.Id).ValueGeneratedNever();
        strategy.Property(s => s.Title).HasMaxLength(200);
    }
}

internal sealed class TermsOfReferenceConfiguration : IEntityTypeConfiguration<TermsOfReference>
{
    public void Configure(EntityTypeBuilder<TermsOfReference> terms)
    {
        terms.ToTable("terms_of_reference");
        terms.Property(t => t.Id).ValueGeneratedNever();
        terms.Property(t => t.Text).HasMaxLength(50_000);
        terms.HasIndex(t => t.Version).IsUnique();
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> action)
    {
        action.ToTable("plan_actions");
        action.Property(a => a.Id).ValueGeneratedNever();
        action.Property(a => a.Title).HasMaxLength(300);
        action.Property(a => a.OwnerName).HasMaxLength(100);
        action.HasIndex(a => new { a.Group, a.Number }).IsUnique();
        action.HasIndex(a => new { a.Group, a.OwnerOrganisationId });
        action.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionUpdateConfiguration : IEntityTypeConfiguration<ActionUpdate>
{
    public void Configure(EntityTypeBuilder<ActionUpdate> update)
    {
        update.ToTable("action_updates");
        update.Property(u => u.Id).ValueGeneratedNever();
        update.Property(u => u.RecordedByName).HasMaxLength(100);
        update.Ignore(u => u.Quarter);
        update.HasIndex(u => new { u.ActionId, u.RecordedAt });
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> meeting)
    {
        meeting.ToTable("meetings");
        meeting.Property(m => m.Id).ValueGeneratedNever();
        meeting.Property(m => m.Location).HasMaxLength(200);
        meeting.Property(m => m.Chair).HasMaxLength(200);
        meeting.Property(m => m.Minutes).HasMaxLength(50_000);
        meeting.HasIndex(m => new { m.Group, m.HeldOn });
        // Attendance and papers are read and written with the meeting.
        meeting.OwnsMany(m => m.Attendees, attendee => attendee.ToJson());
        meeting.OwnsMany(m => m.Papers, paper => paper.ToJson());
    }
}

internal sealed class PartnershipMemberConfiguration : IEntityTypeConfiguration<PartnershipMember>
{
    public void Configure(EntityTypeBuilder<PartnershipMember> member)
    {
        member.ToTable("partnership_members");
        member.Property(m => m.Id).ValueGeneratedNever();
        member.HasIndex(m => m.OrganisationId).IsUnique();
        member.OwnsMany(m => m.Representatives, representative => representative.ToJson());
    }
}

internal sealed class PursueGroupMemberConfiguration : IEntityTypeConfiguration<PursueGroupMember>
{
    public void Configure(EntityTypeBuilder<PursueGroupMember> member)
    {
        member.ToTable("pursue_group_members");
        member.Property(m => m.Id).ValueGeneratedNever();
        member.HasIndex(m => m.UserId).IsUnique();
    }
}
