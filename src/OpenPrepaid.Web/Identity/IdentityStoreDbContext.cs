using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace OpenPrepaid.Web.Identity;

/// <summary>
/// Users, roles and API keys, kept in the OpenPrepaid database next to the domain's tables. Each provider
/// has a subclass with its own migrations and the migrations history table
/// <see cref="MigrationsHistoryTable"/>, so these migrations never mix with the domain's.
/// </summary>
public abstract class IdentityStoreDbContext : IdentityDbContext<OperatorUser>
{
    public const string MigrationsHistoryTable = "__IdentityMigrationsHistory";

    protected IdentityStoreDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<OperatorUser>().Property(u => u.MustChangePassword);
        builder.Entity<ApiKey>(key =>
        {
            key.ToTable("ApiKeys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Name).HasMaxLength(ApiKey.MaxNameLength).IsRequired();
            key.Property(k => k.Role).HasMaxLength(32).IsRequired();
            key.Property(k => k.SecretHash).HasMaxLength(32).IsRequired();
            key.Property(k => k.CreatedBy).HasMaxLength(256).IsRequired();
            key.Ignore(k => k.IsRevoked);
        });
    }
}
