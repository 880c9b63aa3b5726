using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harbour.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AccessAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ManagedInHarbour",
                table: "support_contacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ManagedInHarbour",
                table: "strategic_objectives",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ManagedInHarbour",
                table: "radicalisation_signs",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ManagedInHarbour",
                table: "partnerships",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ManagedInHarbour",
                table: "organisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ManagedInHarbour",
                table: "indicators",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ManagedInHarbour",
                table: "indicator_groups",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ManagedInHarbour",
                table: "four_p_strands",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ManagedInHarbour",
                table: "exploitation_types",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ManagedInHarbour",
                table: "areas",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "api_clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scopes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_clients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_api_clients_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "break_glass_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_break_glass_grants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "setup_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_setup_tokens", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_api_clients_OrganisationId",
                table: "api_clients",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_break_glass_grants_OwnerOrganisationId_GrantedAt",
                table: "break_glass_grants",
                columns: new[] { "OwnerOrganisationId", "GrantedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_break_glass_grants_UserId_RecordType_RecordId_ExpiresAt",
                table: "break_glass_grants",
                columns: new[] { "UserId", "RecordType", "RecordId", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_setup_tokens_TokenHash",
                table: "setup_tokens",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_clients");

            migrationBuilder.DropTable(
                name: "break_glass_grants");

            migrationBuilder.DropTable(
                name: "setup_tokens");

            migrationBuilder.DropColumn(
                name: "ManagedInHarbour",
                table: "support_contacts");

            migrationBuilder.DropColumn(
                name: "ManagedInHarbour",
                table: "strategic_objectives");

            migrationBuilder.DropColumn(
                name: "ManagedInHarbour",
                table: "radicalisation_signs");

            migrationBuilder.DropColumn(
                name: "ManagedInHarbour",
                table: "partnerships");

            migrationBuilder.DropColumn(
                name: "ManagedInHarbour",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "ManagedInHarbour",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "ManagedInHarbour",
                table: "indicator_groups");

            migrationBuilder.DropColumn(
                name: "ManagedInHarbour",
                table: "four_p_strands");

            migrationBuilder.DropColumn(
                name: "ManagedInHarbour",
                table: "exploitation_types");

            migrationBuilder.DropColumn(
                name: "ManagedInHarbour",
                table: "areas");
        }
    }
}
