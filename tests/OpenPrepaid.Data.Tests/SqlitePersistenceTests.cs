namespace OpenPrepaid.Data.Tests;

/// <summary>The persistence suite on SQLite in a temporary file.</summary>
public sealed class SqlitePersistenceTests(SqliteFixture fixture) : PersistenceSuite<SqliteFixture>(fixture);
