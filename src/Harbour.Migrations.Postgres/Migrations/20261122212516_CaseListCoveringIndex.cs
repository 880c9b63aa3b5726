using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harbour.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseListCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_OwnerOrganisationId_Status_UpdatedAt",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_OwnerOrganisationId_Status_UpdatedAt",
                table: "cases",
                columns: new[] { "OwnerOrganisationId", "Status", "UpdatedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "IsModernSlavery", "IsPrevent", "Reference", "OpenedAt", "NextTaskDueOn", "AreaId", "LeadWorkerUserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_OwnerOrganisationId_Status_UpdatedAt",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_OwnerOrganisationId_Status_UpdatedAt",
                table: "cases",
                columns: new[] { "OwnerOrganisationId", "Status", "UpdatedAt" });
        }
    }
}
