using System.Security.Cryptography;
using System.Text;
using Harbour.Core.Access;
using Harbour.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harbour.Core.Data;

internal static class AccountConfiguration
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HarbourUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            user.HasIndex(u => u.OrganisationId);
        });
        modelBuilder.Entity<IdentityRole<Guid>>(role =>
        {
            role.ToTable("roles");
            // The roles are fixed by the product, so they are part of the schema rather than start-up data.
            role.HasData(HarbourRoles.All.Select(name => new IdentityRole<Guid>
            {
                Id = StableId(name),
                Name = name,
                NormalizedName = name.ToUpperInvariant(),
                ConcurrencyStamp = StableId("stamp:" + name).ToString("N"),
            }));
        });
        modelBuilder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        modelBuilder.Entity<UserInvitation>(invitation =>
        {
            invitation.ToTable("user_invitations");
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.Id).ValueGeneratedNever();
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasOne(i => i.User).WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SetupToken>(token =>
        {
            token.ToTable("setup_tokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.Id).ValueGeneratedNever();
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.HasIndex(t => t.TokenHash).IsUnique();
        });
        modelBuilder.Entity<ApiClient>(client =>
        {
            client.ToTable("api_clients");
            client.HasKey(c => c.Id);
            client.Property(c => c.Id).ValueGeneratedNever();
            client.Property(c => c.Name).HasMaxLength(100);
            client.Property(c => c.Scopes).HasMaxLength(1000);
            client.Property(c => c.SecretHash).HasMaxLength(64);
            client.Ignore(c => c.ScopeList);
            client.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<BreakGlassGrant>(grant =>
        {
            grant.ToTable("break_glass_grants");
            grant.HasKey(g => g.Id);
            grant.Property(g => g.Id).ValueGeneratedNever();
            grant.Property(g => g.RecordType).HasMaxLength(100);
            grant.HasIndex(g => new { g.UserId, g.RecordType, g.RecordId, g.ExpiresAt });
            grant.HasIndex(g => new { g.OwnerOrganisationId, g.GrantedAt });
        });
    }

    private static Guid StableId(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes("harbour-role:" + name)).AsSpan(0, 16));
}
