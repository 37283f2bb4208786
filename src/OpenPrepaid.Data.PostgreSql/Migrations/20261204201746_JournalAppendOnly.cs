using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenPrepaid.Data.PostgreSql.Migrations
{
    /// <summary>
    /// Makes the database itself refuse to change or delete journal entries, so the journal stays
    /// append-only even for a client that bypasses the application. TRUNCATE is refused too.
    /// </summary>
    public partial class JournalAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION "JournalEntries_Refuse"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'journal entries are append-only: add a correcting entry instead'
                        USING ERRCODE = 'restrict_violation';
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "JournalEntries_NoUpdateOrDelete" BEFORE UPDATE OR DELETE ON "JournalEntries"
                FOR EACH ROW EXECUTE FUNCTION "JournalEntries_Refuse"();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "JournalEntries_NoTruncate" BEFORE TRUNCATE ON "JournalEntries"
                FOR EACH STATEMENT EXECUTE FUNCTION "JournalEntries_Refuse"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "JournalEntries_NoTruncate" ON "JournalEntries";""");
            migrationBuilder.Sql("""DROP TRIGGER "JournalEntries_NoUpdateOrDelete" ON "JournalEntries";""");
            migrationBuilder.Sql("""DROP FUNCTION "JournalEntries_Refuse"();""");
        }
    }
}
