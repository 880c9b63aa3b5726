using Harbour.Core.Governance;
using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Harbour.Core.Auditing;
using Harbour.Core.Cases;
using Harbour.Core.Concerns;
using Harbour.Core.Intelligence;
using Harbour.Core.Learning;
using Harbour.Core.Pathways;
using Harbour.Core.Referrals;
using Harbour.Core.Reminders;
using Harbour.Core.Resources;
using Harbour.Core.SupportDirectory;
using Harbour.Core.ReferenceData;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Harbour.Core.Data;

public class HarbourDbContext(DbContextOptions<HarbourDbContext> options)
    : IdentityDbContext<HarbourUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Data Protection keys live in the database so several web instances can read each other's cookies.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<UserInvitation> UserInvitations => Set<UserInvitation>();

    public DbSet<SetupToken> SetupTokens => Set<SetupToken>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<BreakGlassGrant> BreakGlassGrants => Set<BreakGlassGrant>();

    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CasePerson> CasePeople => Set<CasePerson>();

    public DbSet<ChronologyEntry> CaseChronology => Set<ChronologyEntry>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<CaseTask> CaseTasks => Set<CaseTask>();

    public DbSet<CaseShare> CaseShares => Set<CaseShare>();

    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();

    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    public DbSet<Pathway> Pathways => Set<Pathway>();

    public DbSet<PathwayTransition> PathwayTransitions => Set<PathwayTransition>();

    public DbSet<DutyToNotifyReport> DutyToNotifyReports => Set<DutyToNotifyReport>();

    public DbSet<ChannelPanelMeeting> ChannelPanelMeetings => Set<ChannelPanelMeeting>();

    public DbSet<VulnerabilityAssessment> VulnerabilityAssessments => Set<VulnerabilityAssessment>();

    public DbSet<SupportPlanAction> SupportPlanActions => Set<SupportPlanAction>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<SupportReferral> SupportReferrals => Set<SupportReferral>();

    public DbSet<LearningCompletion> LearningCompletions => Set<LearningCompletion>();

    public DbSet<LibraryResource> LibraryResources => Set<LibraryResource>();

    public DbSet<DirectoryOrganisation> DirectoryOrganisations => Set<DirectoryOrganisation>();

    public DbSet<DirectoryService> DirectoryServices => Set<DirectoryService>();

    public DbSet<DirectoryTaxonomy> DirectoryTaxonomies => Set<DirectoryTaxonomy>();

    public DbSet<DirectoryTaxonomyTerm> DirectoryTaxonomyTerms => Set<DirectoryTaxonomyTerm>();

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

    public DbSet<Strategy> Strategies => Set<Strategy>();

    public DbSet<TermsOfReference> TermsOfReference => Set<TermsOfReference>();

    public DbSet<PlanAction> PlanActions => Set<PlanAction>();

    public DbSet<ActionUpdate> ActionUpdates => Set<ActionUpdate>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<PartnershipMember> PartnershipMembers => Set<PartnershipMember>();

    public DbSet<PursueGroupMember> PursueGroupMembers => Set<PursueGroupMember>();

    public DbSet<Linking.LinkedEntity> LinkedEntities => Set<Linking.LinkedEntity>();

    public DbSet<Linking.EntityMention> EntityMentions => Set<Linking.EntityMention>();

    public DbSet<Linking.PersonMatch> PersonMatches => Set<Linking.PersonMatch>();

    public DbSet<Linking.LinkedConcern> LinkedConcerns => Set<Linking.LinkedConcern>();

    public DbSet<Linking.LinkedCasePerson> LinkedCasePeople => Set<Linking.LinkedCasePerson>();

    public DbSet<IntelligenceReport> IntelligenceReports => Set<IntelligenceReport>();

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
        base.OnModelCreating(modelBuilder);
        AccountConfiguration.Configure(modelBuilder);
        ReferenceDataConfiguration.Configure(modelBuilder);
        ConcernAndCaseConfiguration.Configure(modelBuilder);
        StatisticsColumns.Configure(modelBuilder, Database.IsNpgsql());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HarbourDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Chains new audit events onto the trail inside the same transaction as the change they describe. The chain
    /// lock (an advisory lock on PostgreSQL; SQLite's write lock, which Microsoft.Data.Sqlite takes when a
    /// transaction begins) makes concurrent writers queue, so the chain never forks.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var auditEntries = ChangeTracker.Entries<AuditEvent>().ToList();
        if (auditEntries.Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit events are append-only: they cannot be changed or deleted.");
        }

        var pending = auditEntries.Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        if (Database.IsNpgsql())
        {
            await Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7264827)", cancellationToken);
        }

        var last = await AuditEvents.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditHashing.GenesisHash;
        foreach (var auditEvent in pending.OrderBy(e => e.OccurredAt))
        {
            auditEvent.Sequence = ++sequence;
            auditEvent.PreviousHash = previousHash;
            auditEvent.Hash = AuditHashing.ComputeHash(auditEvent);
            previousHash = auditEvent.Hash;
        }

        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
