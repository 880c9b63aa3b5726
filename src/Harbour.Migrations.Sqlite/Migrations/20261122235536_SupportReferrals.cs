using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harbour.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SupportReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "support_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReceivingOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConsentGivenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConsentGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    InformationShared = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReferredByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferredByOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RespondedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_referrals_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_support_referrals_CaseId",
                table: "support_referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_support_referrals_ReceivingOrganisationId_Status",
                table: "support_referrals",
                columns: new[] { "ReceivingOrganisationId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "support_referrals");
        }
    }
}
