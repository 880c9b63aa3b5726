using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harbour.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LinkedCasePeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "linked_case_people",
                columns: table => new
                {
                    CasePersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_linked_case_people", x => x.CasePersonId);
                    table.ForeignKey(
                        name: "FK_linked_case_people_case_people_CasePersonId",
                        column: x => x.CasePersonId,
                        principalTable: "case_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "linked_case_people");
        }
    }
}
