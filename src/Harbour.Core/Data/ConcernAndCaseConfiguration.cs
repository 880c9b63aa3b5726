using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Pathways;
using Harbour.Core.Referrals;
using Harbour.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Data;

internal static class ConcernAndCaseConfiguration
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Concern>(concern =>
        {
            concern.ToTable("concerns");
            concern.HasKey(c => c.Id);
            concern.Property(c => c.Id).ValueGeneratedNever();
            concern.Property(c => c.Reference).HasMaxLength(20);
            concern.HasIndex(c => c.Reference).IsUnique();
            // The triage queue and "my concerns" are the hot reads.
            concern.HasIndex(c => new { c.TriageOrganisationId, c.Status, c.SubmittedAt });
            concern.HasIndex(c => new { c.RaisedByUserId, c.Status });
            concern.Property(c => c.WhatHappened).HasMaxLength(20_000);
            // What is known of the people is read and written with the concern, so it is kept as a JSON document.
            concern.OwnsOne(c => c.Person, person => person.ToJson());
            concern.OwnsMany(c => c.OtherPeople, other => other.ToJson());
            concern.OwnsMany(c => c.Attachments, attachment => attachment.ToJson());
            concern.Ignore(c => c.EffectiveAgeGroup);
        });

        modelBuilder.Entity<Case>(@case =>
        {
            @case.ToTable("cases");
            @case.HasKey(c => c.Id);
            @case.Property(c => c.Id).ValueGeneratedNever();
            @case.Property(c => c.Reference).HasMaxLength(20);
            @case.HasIndex(c => c.Reference).IsUnique();
            // Indexes for the case list's filters: status with owner, area, lead worker and overdue tasks.
            // On PostgreSQL the list's columns ride along in the owner index, so counting and paging a large
            // organisation's cases is an index-only scan.
            @case.HasIndex(c => new { c.OwnerOrganisationId, c.Status, c.UpdatedAt })
                .IncludeProperties(c => new { c.IsModernSlavery, c.IsPrevent, c.Reference, c.OpenedAt, c.NextTaskDueOn, c.AreaId, c.LeadWorkerUserId });
            @case.HasIndex(c => new { c.Status, c.AreaId });
            @case.HasIndex(c => c.LeadWorkerUserId);
            @case.HasIndex(c => c.NextTaskDueOn);
            @case.HasMany(c => c.People).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
            @case.HasMany(c => c.Chronology).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
            @case.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
            @case.HasMany(c => c.Tasks).WithOne().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
            @case.HasMany(c => c.Shares).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
            @case.HasMany(c => c.Documents).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CasePerson>(person =>
        {
            person.ToTable("case_people");
            person.Property(p => p.Id).ValueGeneratedNever();
            person.OwnsOne(p => p.Details, details => details.ToJson());
        });
        modelBuilder.Entity<ChronologyEntry>(entry =>
        {
            entry.ToTable("case_chronology");
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.Kind).HasMaxLength(50);
            entry.HasIndex(e => new { e.CaseId, e.OccurredAt });
        });
        modelBuilder.Entity<CaseNote>(note =>
        {
            note.ToTable("case_notes");
            note.Property(n => n.Id).ValueGeneratedNever();
            note.Property(n => n.Text).HasMaxLength(20_000);
        });
        modelBuilder.Entity<CaseTask>(task =>
        {
            task.ToTable("case_tasks");
            task.Property(t => t.Id).ValueGeneratedNever();
            task.Property(t => t.Title).HasMaxLength(200);
            task.HasIndex(t => new { t.AssigneeUserId, t.CompletedAt });
        });
        modelBuilder.Entity<CaseShare>(share =>
        {
            share.ToTable("case_shares");
            share.Property(s => s.Id).ValueGeneratedNever();
            share.Property(s => s.Purpose).HasMaxLength(1000);
            share.HasIndex(s => new { s.OrganisationId, s.EndedAt });
        });
        modelBuilder.Entity<CaseDocument>(document =>
        {
            document.ToTable("case_documents");
            document.Property(d => d.Id).ValueGeneratedNever();
            document.Property(d => d.FileName).HasMaxLength(255);
        });
        modelBuilder.Entity<Pathway>(pathway =>
        {
            pathway.ToTable("pathways");
            pathway.Property(p => p.Id).ValueGeneratedNever();
            pathway.HasIndex(p => new { p.CaseId, p.Kind });
            pathway.HasIndex(p => p.NrmState);
            pathway.OwnsOne(p => p.Nrm, nrm => nrm.ToJson());
            pathway.OwnsOne(p => p.Channel, channel => channel.ToJson());
            pathway.OwnsOne(p => p.Referral, referral => referral.ToJson());
            pathway.HasIndex(p => p.ChannelState);
            pathway.HasMany(p => p.History).WithOne().HasForeignKey(t => t.PathwayId).OnDelete(DeleteBehavior.Cascade);
            pathway.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PathwayTransition>(transition =>
        {
            transition.ToTable("pathway_transitions");
            transition.Property(t => t.Id).ValueGeneratedNever();
            transition.Property(t => t.From).HasMaxLength(50);
            transition.Property(t => t.To).HasMaxLength(50);
            transition.Property(t => t.Trigger).HasMaxLength(50);
            transition.HasIndex(t => new { t.PathwayId, t.OccurredAt });
        });
        modelBuilder.Entity<DutyToNotifyReport>(report =>
        {
            report.ToTable("duty_to_notify_reports");
            report.Property(r => r.Id).ValueGeneratedNever();
            report.Property(r => r.HomeOfficeReference).HasMaxLength(100);
            report.HasIndex(r => r.CaseId);
            report.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ChannelPanelMeeting>(meeting =>
        {
            meeting.ToTable("channel_panel_meetings");
            meeting.Property(m => m.Id).ValueGeneratedNever();
            meeting.Property(m => m.Chair).HasMaxLength(200);
            meeting.HasIndex(m => m.PathwayId);
            meeting.HasOne<Pathway>().WithMany().HasForeignKey(m => m.PathwayId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<VulnerabilityAssessment>(assessment =>
        {
            assessment.ToTable("vulnerability_assessments");
            assessment.Property(a => a.Id).ValueGeneratedNever();
            assessment.HasIndex(a => a.PathwayId);
            assessment.OwnsMany(a => a.Ratings, ratings => ratings.ToJson());
            assessment.HasOne<Pathway>().WithMany().HasForeignKey(a => a.PathwayId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SupportPlanAction>(action =>
        {
            action.ToTable("support_plan_actions");
            action.Property(a => a.Id).ValueGeneratedNever();
            action.Property(a => a.Provider).HasMaxLength(200);
            action.HasIndex(a => a.PathwayId);
            action.HasOne<Pathway>().WithMany().HasForeignKey(a => a.PathwayId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SupportReferral>(referral =>
        {
            referral.ToTable("support_referrals");
            referral.Property(r => r.Id).ValueGeneratedNever();
            referral.Property(r => r.ServiceName).HasMaxLength(500);
            referral.Property(r => r.ConsentGivenBy).HasMaxLength(200);
            referral.HasIndex(r => r.CaseId);
            referral.HasIndex(r => new { r.ReceivingOrganisationId, r.Status });
            referral.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Reminder>(reminder =>
        {
            reminder.ToTable("reminders");
            reminder.Property(r => r.Id).ValueGeneratedNever();
            // One reminder per deadline: the job's idempotence rests on this.
            reminder.HasIndex(r => new { r.Kind, r.SubjectId, r.DueOn }).IsUnique();
            reminder.HasIndex(r => r.SubjectId);
            reminder.HasIndex(r => r.CaseId);
        });
        modelBuilder.Entity<ReferenceCounter>(counter =>
        {
            counter.ToTable("reference_counters");
            counter.HasKey(c => new { c.Prefix, c.Year });
            counter.Property(c => c.Prefix).HasMaxLength(10);
        });
    }
}
