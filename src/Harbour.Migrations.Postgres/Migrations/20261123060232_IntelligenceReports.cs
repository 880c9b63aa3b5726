using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harbour.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IntelligenceReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "intelligence_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedByOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseReference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    SourceEvaluation = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SourceNotReliableReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Assessment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    HandlingCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    HandlingConditions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    VictimDetailsNeeded = table.Column<bool>(type: "boolean", nullable: true),
                    VictimDetailsReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClosedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Removals = table.Column<string>(type: "jsonb", nullable: true),
                    Taskings = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intelligence_reports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_reports_Reference",
                table: "intelligence_reports",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_reports_Status_SubmittedAt",
                table: "intelligence_reports",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_reports_SubmittedByUserId",
                table: "intelligence_reports",
                column: "SubmittedByUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "intelligence_reports");
        }
    }
}
