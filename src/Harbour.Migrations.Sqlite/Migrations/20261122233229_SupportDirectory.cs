using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harbour.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SupportDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PostcodeDistricts",
                table: "areas",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "directory_organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HarbourOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ManagedInHarbour = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_organisations_organisations_HarbourOrganisationId",
                        column: x => x.HarbourOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "directory_taxonomies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Uri = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ManagedInHarbour = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_taxonomies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "directory_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Fees = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Accreditations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MinimumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    MaximumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EligibilityDescription = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Alert = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LastCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Details = table.Column<string>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ManagedInHarbour = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_services_directory_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "directory_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "directory_taxonomy_terms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaxonomyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ManagedInHarbour = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_taxonomy_terms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_taxonomy_terms_directory_taxonomies_TaxonomyId",
                        column: x => x.TaxonomyId,
                        principalTable: "directory_taxonomies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_directory_organisations_Code",
                table: "directory_organisations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_organisations_HarbourOrganisationId",
                table: "directory_organisations",
                column: "HarbourOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_services_Code",
                table: "directory_services",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_services_OrganisationId",
                table: "directory_services",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_taxonomies_Code",
                table: "directory_taxonomies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_taxonomy_terms_Code",
                table: "directory_taxonomy_terms",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_taxonomy_terms_TaxonomyId",
                table: "directory_taxonomy_terms",
                column: "TaxonomyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_services");

            migrationBuilder.DropTable(
                name: "directory_taxonomy_terms");

            migrationBuilder.DropTable(
                name: "directory_organisations");

            migrationBuilder.DropTable(
                name: "directory_taxonomies");

            migrationBuilder.DropColumn(
                name: "PostcodeDistricts",
                table: "areas");
        }
    }
}
