using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harbour.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ChannelAdoptedOn",
                table: "pathways",
                type: "date",
                nullable: true,
                computedColumnSql: "make_date(substr((\"Channel\" ->> 'AdoptedOn'), 1, 4)::integer, substr((\"Channel\" ->> 'AdoptedOn'), 6, 2)::integer, substr((\"Channel\" ->> 'AdoptedOn'), 9, 2)::integer)",
                stored: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ChannelGatewayAssessedOn",
                table: "pathways",
                type: "date",
                nullable: true,
                computedColumnSql: "make_date(substr((\"Channel\" ->> 'GatewayAssessedOn'), 1, 4)::integer, substr((\"Channel\" ->> 'GatewayAssessedOn'), 6, 2)::integer, substr((\"Channel\" ->> 'GatewayAssessedOn'), 9, 2)::integer)",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "ChannelGatewayOutcome",
                table: "pathways",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                computedColumnSql: "(\"Channel\" ->> 'GatewayOutcome')",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "ChannelReferringSector",
                table: "pathways",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                computedColumnSql: "(\"Channel\" ->> 'ReferringSector')",
                stored: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NrmConclusiveGroundsOn",
                table: "pathways",
                type: "date",
                nullable: true,
                computedColumnSql: "make_date(substr((\"Nrm\" ->> 'ConclusiveGroundsOn'), 1, 4)::integer, substr((\"Nrm\" ->> 'ConclusiveGroundsOn'), 6, 2)::integer, substr((\"Nrm\" ->> 'ConclusiveGroundsOn'), 9, 2)::integer)",
                stored: true);

            migrationBuilder.AddColumn<bool>(
                name: "NrmIsChild",
                table: "pathways",
                type: "boolean",
                nullable: true,
                computedColumnSql: "((\"Nrm\" ->> 'IsChild')::boolean)",
                stored: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NrmReasonableGroundsOn",
                table: "pathways",
                type: "date",
                nullable: true,
                computedColumnSql: "make_date(substr((\"Nrm\" ->> 'ReasonableGroundsOn'), 1, 4)::integer, substr((\"Nrm\" ->> 'ReasonableGroundsOn'), 6, 2)::integer, substr((\"Nrm\" ->> 'ReasonableGroundsOn'), 9, 2)::integer)",
                stored: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NrmSubmittedOn",
                table: "pathways",
                type: "date",
                nullable: true,
                computedColumnSql: "make_date(substr((\"Nrm\" ->> 'SubmittedOn'), 1, 4)::integer, substr((\"Nrm\" ->> 'SubmittedOn'), 6, 2)::integer, substr((\"Nrm\" ->> 'SubmittedOn'), 9, 2)::integer)",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonAgeGroup",
                table: "concerns",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                computedColumnSql: "(\"Person\" ->> 'AgeGroup')",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonGender",
                table: "concerns",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                computedColumnSql: "(\"Person\" ->> 'Gender')",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonNationality",
                table: "concerns",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                computedColumnSql: "(\"Person\" ->> 'Nationality')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_support_referrals_statistics",
                table: "support_referrals",
                column: "SentAt")
                .Annotation("Npgsql:IndexInclude", new[] { "Status", "CaseId", "ReferredByOrganisationId", "ReceivingOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_pathways_channel_adopted",
                table: "pathways",
                columns: new[] { "Kind", "ChannelAdoptedOn" })
                .Annotation("Npgsql:IndexInclude", new[] { "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_pathways_channel_gateway",
                table: "pathways",
                columns: new[] { "Kind", "ChannelGatewayAssessedOn" })
                .Annotation("Npgsql:IndexInclude", new[] { "ChannelGatewayOutcome", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_pathways_created",
                table: "pathways",
                columns: new[] { "Kind", "CreatedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "ChannelReferringSector", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_pathways_nrm_conclusive_grounds",
                table: "pathways",
                columns: new[] { "Kind", "NrmConclusiveGroundsOn" })
                .Annotation("Npgsql:IndexInclude", new[] { "NrmState", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_pathways_nrm_reasonable_grounds",
                table: "pathways",
                columns: new[] { "Kind", "NrmReasonableGroundsOn" })
                .Annotation("Npgsql:IndexInclude", new[] { "NrmSubmittedOn", "NrmConclusiveGroundsOn", "NrmState", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_pathways_nrm_submitted",
                table: "pathways",
                columns: new[] { "Kind", "NrmSubmittedOn" })
                .Annotation("Npgsql:IndexInclude", new[] { "NrmIsChild", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_duty_to_notify_reports_statistics",
                table: "duty_to_notify_reports",
                column: "SubmittedOn")
                .Annotation("Npgsql:IndexInclude", new[] { "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_concerns_statistics",
                table: "concerns",
                column: "SubmittedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "Status", "IsModernSlavery", "IsPrevent", "PreventConcernType", "AreaId", "TriageOrganisationId", "RaisedByOrganisationId", "DecidedAt", "TriageDueAt", "ExploitationTypeCodes", "PersonAgeGroup", "PersonGender", "PersonNationality" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_support_referrals_statistics",
                table: "support_referrals");

            migrationBuilder.DropIndex(
                name: "IX_pathways_channel_adopted",
                table: "pathways");

            migrationBuilder.DropIndex(
                name: "IX_pathways_channel_gateway",
                table: "pathways");

            migrationBuilder.DropIndex(
                name: "IX_pathways_created",
                table: "pathways");

            migrationBuilder.DropIndex(
                name: "IX_pathways_nrm_conclusive_grounds",
                table: "pathways");

            migrationBuilder.DropIndex(
                name: "IX_pathways_nrm_reasonable_grounds",
                table: "pathways");

            migrationBuilder.DropIndex(
                name: "IX_pathways_nrm_submitted",
                table: "pathways");

            migrationBuilder.DropIndex(
                name: "IX_duty_to_notify_reports_statistics",
                table: "duty_to_notify_reports");

            migrationBuilder.DropIndex(
                name: "IX_concerns_statistics",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "ChannelAdoptedOn",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "ChannelGatewayAssessedOn",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "ChannelGatewayOutcome",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "ChannelReferringSector",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "NrmConclusiveGroundsOn",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "NrmIsChild",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "NrmReasonableGroundsOn",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "NrmSubmittedOn",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "PersonAgeGroup",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "PersonGender",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "PersonNationality",
                table: "concerns");
        }
    }
}
