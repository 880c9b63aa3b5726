using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harbour.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LinkedRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "linked_concerns",
                columns: table => new
                {
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_linked_concerns", x => x.ConcernId);
                    table.ForeignKey(
                        name: "FK_linked_concerns_concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "linked_entities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_linked_entities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "entity_mentions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Person = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entity_mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_entity_mentions_concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_entity_mentions_linked_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "linked_entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_matches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OtherMentionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Probability = table.Column<double>(type: "REAL", nullable: false),
                    MatchWeight = table.Column<double>(type: "REAL", nullable: false),
                    PriorWeight = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_matches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_matches_entity_mentions_MentionId",
                        column: x => x.MentionId,
                        principalTable: "entity_mentions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_person_matches_entity_mentions_OtherMentionId",
                        column: x => x.OtherMentionId,
                        principalTable: "entity_mentions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_entity_mentions_ConcernId_EntityId",
                table: "entity_mentions",
                columns: new[] { "ConcernId", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_entity_mentions_EntityId_ConcernId",
                table: "entity_mentions",
                columns: new[] { "EntityId", "ConcernId" });

            migrationBuilder.CreateIndex(
                name: "IX_entity_mentions_Kind_CreatedAt",
                table: "entity_mentions",
                columns: new[] { "Kind", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_linked_entities_Kind_Key",
                table: "linked_entities",
                columns: new[] { "Kind", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_person_matches_MentionId",
                table: "person_matches",
                column: "MentionId");

            migrationBuilder.CreateIndex(
                name: "IX_person_matches_OtherMentionId",
                table: "person_matches",
                column: "OtherMentionId");

            migrationBuilder.CreateIndex(
                name: "IX_person_matches_Status_Probability",
                table: "person_matches",
                columns: new[] { "Status", "Probability" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "linked_concerns");

            migrationBuilder.DropTable(
                name: "person_matches");

            migrationBuilder.DropTable(
                name: "entity_mentions");

            migrationBuilder.DropTable(
                name: "linked_entities");
        }
    }
}
