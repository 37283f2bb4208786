using Microsoft.EntityFrameworkCore;

namespace OpenPrepaid.Web.Identity;

/// <summary>The identity tables on SQLite; its migrations are in Identity/Migrations/Sqlite.</summary>
public sealed class SqliteIdentityStoreDbContext(DbContextOptions<SqliteIdentityStoreDbContext> options)
    : IdentityStoreDbContext(options);
