using Harbour.Core.Concerns;
using Harbour.Core.Pathways;
using Harbour.Core.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harbour.Core.Data;

/// <summary>
/// Plain-column copies of the JSON fields the statistics count by (the person's age group, gender and nationality;
/// the NRM and Channel dates and outcomes). The database keeps them itself as generated columns, so no code can
/// forget to update them, and each statistics query reads its period from one covering index instead of every
/// JSON document (docs/PERFORMANCE.md, "Statistics"). They are shadow properties: the domain never sees them, and
/// only <see cref="Statistics.StatisticsService"/> queries them, through <see cref="EF.Property{TProperty}"/>.
/// </summary>
internal static class StatisticsColumns
{
    public const string PersonAgeGroup = nameof(PersonAgeGroup);
    public const string PersonGender = nameof(PersonGender);
    public const string PersonNationality = nameof(PersonNationality);

    public const string NrmIsChild = nameof(NrmIsChild);
    public const string NrmSubmittedOn = nameof(NrmSubmittedOn);
    public const string NrmReasonableGroundsOn = nameof(NrmReasonableGroundsOn);
    public const string NrmConclusiveGroundsOn = nameof(NrmConclusiveGroundsOn);
    public const string ChannelReferringSector = nameof(ChannelReferringSector);
    public const string ChannelGatewayAssessedOn = nameof(ChannelGatewayAssessedOn);
    public const string ChannelGatewayOutcome = nameof(ChannelGatewayOutcome);
    public const string ChannelAdoptedOn = nameof(ChannelAdoptedOn);

    public static void Configure(ModelBuilder modelBuilder, bool postgres)
    {
        var json = new JsonField(postgres);
        modelBuilder.Entity<Concern>(concern =>
        {
            Generated<AgeGroup?>(concern, PersonAgeGroup, json.Text("Person", nameof(PersonAtRisk.AgeGroup)), postgres);
            Generated<string?>(concern, PersonGender, json.Text("Person", nameof(PersonAtRisk.Gender)), postgres);
            Generated<string?>(concern, PersonNationality, json.Text("Person", nameof(PersonAtRisk.Nationality)), postgres);
            if (postgres)
            {
                // Every concern breakdown is a GROUP BY over the period's submitted concerns: with these columns in the
                // index it is an index-only scan of the period, whatever the size of the documents.
                concern.HasIndex(c => c.SubmittedAt)
                    .HasDatabaseName("IX_concerns_statistics")
                    .IncludeProperties(
                        nameof(Concern.Status), nameof(Concern.IsModernSlavery), nameof(Concern.IsPrevent), nameof(Concern.PreventConcernType),
                        nameof(Concern.AreaId), nameof(Concern.TriageOrganisationId), nameof(Concern.RaisedByOrganisationId),
                        nameof(Concern.DecidedAt), nameof(Concern.TriageDueAt), nameof(Concern.ExploitationTypeCodes),
                        PersonAgeGroup, PersonGender, PersonNationality);
            }
        });

        modelBuilder.Entity<Pathway>(pathway =>
        {
            Generated<bool?>(pathway, NrmIsChild, json.Boolean("Nrm", nameof(NrmDetails.IsChild)), postgres);
            Generated<DateOnly?>(pathway, NrmSubmittedOn, json.Date("Nrm", nameof(NrmDetails.SubmittedOn)), postgres);
            Generated<DateOnly?>(pathway, NrmReasonableGroundsOn, json.Date("Nrm", nameof(NrmDetails.ReasonableGroundsOn)), postgres);
            Generated<DateOnly?>(pathway, NrmConclusiveGroundsOn, json.Date("Nrm", nameof(NrmDetails.ConclusiveGroundsOn)), postgres);
            Generated<ReferringSector?>(pathway, ChannelReferringSector, json.Text("Channel", nameof(ChannelDetails.ReferringSector)), postgres);
            Generated<DateOnly?>(pathway, ChannelGatewayAssessedOn, json.Date("Channel", nameof(ChannelDetails.GatewayAssessedOn)), postgres);
            Generated<GatewayOutcome?>(pathway, ChannelGatewayOutcome, json.Text("Channel", nameof(ChannelDetails.GatewayOutcome)), postgres);
            Generated<DateOnly?>(pathway, ChannelAdoptedOn, json.Date("Channel", nameof(ChannelDetails.AdoptedOn)), postgres);
            if (postgres)
            {
                // One index per kind of event the statistics count by date, each covering what its query groups by.
                pathway.HasIndex(nameof(Pathway.Kind), NrmSubmittedOn)
                    .HasDatabaseName("IX_pathways_nrm_submitted")
                    .IncludeProperties(NrmIsChild, nameof(Pathway.CaseId));
                pathway.HasIndex(nameof(Pathway.Kind), NrmReasonableGroundsOn)
                    .HasDatabaseName("IX_pathways_nrm_reasonable_grounds")
                    .IncludeProperties(NrmSubmittedOn, NrmConclusiveGroundsOn, nameof(Pathway.NrmState), nameof(Pathway.CaseId));
                pathway.HasIndex(nameof(Pathway.Kind), NrmConclusiveGroundsOn)
                    .HasDatabaseName("IX_pathways_nrm_conclusive_grounds")
                    .IncludeProperties(nameof(Pathway.NrmState), nameof(Pathway.CaseId));
                pathway.HasIndex(nameof(Pathway.Kind), nameof(Pathway.CreatedAt))
                    .HasDatabaseName("IX_pathways_created")
                    .IncludeProperties(ChannelReferringSector, nameof(Pathway.CaseId));
                pathway.HasIndex(nameof(Pathway.Kind), ChannelGatewayAssessedOn)
                    .HasDatabaseName("IX_pathways_channel_gateway")
                    .IncludeProperties(ChannelGatewayOutcome, nameof(Pathway.CaseId));
                pathway.HasIndex(nameof(Pathway.Kind), ChannelAdoptedOn)
                    .HasDatabaseName("IX_pathways_channel_adopted")
                    .IncludeProperties(nameof(Pathway.CaseId));
            }
        });

        if (postgres)
        {
            modelBuilder.Entity<DutyToNotifyReport>().HasIndex(r => r.SubmittedOn)
                .HasDatabaseName("IX_duty_to_notify_reports_statistics")
                .IncludeProperties(r => r.CaseId);
            modelBuilder.Entity<SupportReferral>().HasIndex(r => r.SentAt)
                .HasDatabaseName("IX_support_referrals_statistics")
                .IncludeProperties(r => new { r.Status, r.CaseId, r.ReferredByOrganisationId, r.ReceivingOrganisationId });
        }
    }

    /// <summary>
    /// Stored on PostgreSQL, where the covering indexes need them; virtual on SQLite, which cannot add a stored
    /// column to an existing table and holds a single partnership's records.
    /// </summary>
    private static void Generated<T>(EntityTypeBuilder builder, string name, string sql, bool postgres) =>
        builder.Property<T>(name).HasComputedColumnSql(sql, stored: postgres);

    /// <summary>SQL reading one field of a JSON column, in each provider's dialect. Enums are stored by name, in JSON as in columns.</summary>
    private sealed class JsonField(bool postgres)
    {
        public string Text(string column, string field) =>
            postgres ? $"(\"{column}\" ->> '{field}')" : $"json_extract(\"{column}\", '$.{field}')";

        public string Boolean(string column, string field) =>
            postgres ? $"((\"{column}\" ->> '{field}')::boolean)" : Text(column, field);

        /// <summary>
        /// A generated column's expression must be immutable, and PostgreSQL's text-to-date cast is not (it reads the
        /// DateStyle setting), so the ISO date Harbour writes is taken apart and put together with make_date.
        /// </summary>
        public string Date(string column, string field)
        {
            if (!postgres)
            {
                return Text(column, field);
            }

            var value = Text(column, field);
            return $"make_date(substr({value}, 1, 4)::integer, substr({value}, 6, 2)::integer, substr({value}, 9, 2)::integer)";
        }
    }
}
