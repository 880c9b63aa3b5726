using Harbour.Core.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harbour.Core.Data;

internal sealed class LearningCompletionConfiguration : IEntityTypeConfiguration<LearningCompletion>
{
    public void Configure(EntityTypeBuilder<LearningCompletion> completion)
    {
        completion.ToTable("learning_completions");
        completion.Property(c => c.Id).ValueGeneratedNever();
        completion.Property(c => c.ModuleCode).HasMaxLength(100);
        completion.Property(c => c.ModuleTitle).HasMaxLength(200);
        completion.Property(c => c.LearnerName).HasMaxLength(100);
        completion.Property(c => c.VerificationCode).HasMaxLength(12);
        completion.HasIndex(c => c.VerificationCode).IsUnique();
        completion.HasIndex(c => new { c.OrganisationId, c.CompletedAt });
    }
}
