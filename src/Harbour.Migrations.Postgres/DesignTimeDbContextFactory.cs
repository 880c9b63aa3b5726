using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Harbour.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL; no server is contacted.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<HarbourDbContext>
{
    public HarbourDbContext CreateDbContext(string[] args) =>
        HarbourDatabase.CreateContext(DatabaseProvider.Postgres, "Host=localhost;Database=harbour_design_time");
}
