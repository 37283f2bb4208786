using Microsoft.EntityFrameworkCore;

namespace OpenPrepaid.Web.Identity;

/// <summary>The identity tables on PostgreSQL; its migrations are in Identity/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlIdentityStoreDbContext(DbContextOptions<PostgreSqlIdentityStoreDbContext> options)
    : IdentityStoreDbContext(options);
