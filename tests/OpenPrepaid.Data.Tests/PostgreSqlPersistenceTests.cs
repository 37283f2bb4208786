namespace OpenPrepaid.Data.Tests;

/// <summary>The persistence suite on the PostgreSQL server named by OPENPREPAID_TEST_PG.</summary>
public sealed class PostgreSqlPersistenceTests(PostgreSqlFixture fixture) : PersistenceSuite<PostgreSqlFixture>(fixture);
