using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenPrepaid.Data.Sqlite.Migrations
{
    /// <summary>
    /// Makes the database itself refuse to change or delete journal entries, so the journal stays
    /// append-only even for a client that bypasses the application.
    /// </summary>
    public partial class JournalAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER "JournalEntries_NoUpdate" BEFORE UPDATE ON "JournalEntries"
                BEGIN
                    SELECT RAISE(ABORT, 'journal entries are append-only: add a correcting entry instead');
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "JournalEntries_NoDelete" BEFORE DELETE ON "JournalEntries"
                BEGIN
                    SELECT RAISE(ABORT, 'journal entries are append-only: add a correcting entry instead');
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "JournalEntries_NoDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER "JournalEntries_NoUpdate";""");
        }
    }
}
