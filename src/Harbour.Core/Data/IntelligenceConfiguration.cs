using Harbour.Core.Intelligence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harbour.Core.Data;

internal sealed class IntelligenceReportConfiguration : IEntityTypeConfiguration<IntelligenceReport>
{
    public void Configure(EntityTypeBuilder<IntelligenceReport> report)
    {
        report.ToTable("intelligence_reports");
        report.Property(r => r.Id).ValueGeneratedNever();
        report.Property(r => r.Reference).HasMaxLength(32);
        report.Property(r => r.CaseReference).HasMaxLength(32);
        report.Property(r => r.Text).HasMaxLength(IntelligenceService.MaximumTextLength);
        report.Property(r => r.Outcome).HasMaxLength(IntelligenceService.MaximumNoteLength);
        report.Property(r => r.ClosedByName).HasMaxLength(100);
        report.HasIndex(r => r.Reference).IsUnique();
        report.HasIndex(r => new { r.Status, r.SubmittedAt });
        report.HasIndex(r => r.SubmittedByUserId);
        report.Ignore(r => r.CurrentTasking);
        report.Ignore(r => r.Grade);
        // What was removed and the tasking history are read and written with the report.
        report.OwnsMany(r => r.Removals, removal => removal.ToJson());
        report.OwnsMany(r => r.Taskings, tasking => tasking.ToJson());
    }
}
