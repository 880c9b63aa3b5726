using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harbour.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedByOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseReference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    SourceEvaluation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SourceNotReliableReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    HandlingCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    HandlingConditions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    VictimDetailsNeeded = table.Column<bool>(type: "INTEGER", nullable: true),
                    VictimDetailsReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Removals = table.Column<string>(type: "TEXT", nullable: true),
                    Taskings = table.Column<string>(type: "TEXT", nullable: true)
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
