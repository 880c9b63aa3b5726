using Harbour.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Harbour.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<HarbourDbContext>
{
    public HarbourDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HarbourDbContext>();
        options.UseHarbourDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new HarbourDbContext(options.Options);
    }
}
