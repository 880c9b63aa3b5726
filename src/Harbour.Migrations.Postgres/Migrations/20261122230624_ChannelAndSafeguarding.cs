using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harbour.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChannelAndSafeguarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "pathways",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "ChannelState",
                table: "pathways",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Referral",
                table: "pathways",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "ReferralState",
                table: "pathways",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonableAdjustments",
                table: "cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "channel_panel_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PathwayId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Chair = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Attendees = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Decisions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channel_panel_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_channel_panel_meetings_pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalTable: "pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_plan_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PathwayId = table.Column<Guid>(type: "uuid", nullable: false),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AddedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_plan_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_plan_actions_pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalTable: "pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vulnerability_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PathwayId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssessedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Ratings = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vulnerability_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vulnerability_assessments_pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalTable: "pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pathways_ChannelState",
                table: "pathways",
                column: "ChannelState");

            migrationBuilder.CreateIndex(
                name: "IX_channel_panel_meetings_PathwayId",
                table: "channel_panel_meetings",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_support_plan_actions_PathwayId",
                table: "support_plan_actions",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_vulnerability_assessments_PathwayId",
                table: "vulnerability_assessments",
                column: "PathwayId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "channel_panel_meetings");

            migrationBuilder.DropTable(
                name: "support_plan_actions");

            migrationBuilder.DropTable(
                name: "vulnerability_assessments");

            migrationBuilder.DropIndex(
                name: "IX_pathways_ChannelState",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "ChannelState",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "Referral",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "ReferralState",
                table: "pathways");

            migrationBuilder.DropColumn(
                name: "ReasonableAdjustments",
                table: "cases");
        }
    }
}
