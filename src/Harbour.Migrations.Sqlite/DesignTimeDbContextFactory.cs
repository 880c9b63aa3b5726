using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Harbour.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<HarbourDbContext>
{
    public HarbourDbContext CreateDbContext(string[] args) =>
        HarbourDatabase.CreateContext(DatabaseProvider.Sqlite, "Data Source=design-time.db");
}
