using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harbour.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true,
                computedColumnSql: "json_extract(\"Channel\", '$.AdoptedOn')",
                stored: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ChannelGatewayAssessedOn",
                table: "pathways",
                type: "TEXT",
                nullable: true,
                computedColumnSql: "json_extract(\"Channel\", '$.GatewayAssessedOn')",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "ChannelGatewayOutcome",
                table: "pathways",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                computedColumnSql: "json_extract(\"Channel\", '$.GatewayOutcome')",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "ChannelReferringSector",
                table: "pathways",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                computedColumnSql: "json_extract(\"Channel\", '$.ReferringSector')",
                stored: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NrmConclusiveGroundsOn",
                table: "pathways",
                type: "TEXT",
                nullable: true,
                computedColumnSql: "json_extract(\"Nrm\", '$.ConclusiveGroundsOn')",
                stored: false);

            migrationBuilder.AddColumn<bool>(
                name: "NrmIsChild",
                table: "pathways",
                type: "INTEGER",
                nullable: true,
                computedColumnSql: "json_extract(\"Nrm\", '$.IsChild')",
                stored: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NrmReasonableGroundsOn",
                table: "pathways",
                type: "TEXT",
                nullable: true,
                computedColumnSql: "json_extract(\"Nrm\", '$.ReasonableGroundsOn')",
                stored: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NrmSubmittedOn",
                table: "pathways",
                type: "TEXT",
                nullable: true,
                computedColumnSql: "json_extract(\"Nrm\", '$.SubmittedOn')",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "PersonAgeGroup",
                table: "concerns",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                computedColumnSql: "json_extract(\"Person\", '$.AgeGroup')",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "PersonGender",
                table: "concerns",
                type: "TEXT",
                maxLength: 4000,
                nullable: true,
                computedColumnSql: "json_extract(\"Person\", '$.Gender')",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "PersonNationality",
                table: "concerns",
                type: "TEXT",
                maxLength: 4000,
                nullable: true,
                computedColumnSql: "json_extract(\"Person\", '$.Nationality')",
                stored: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
