using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Data.Configuration;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    /// <summary>Table name, also used by the triggers that refuse UPDATE and DELETE.</summary>
    internal const string Table = "JournalEntries";

    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedOnAdd();
        builder.Property(j => j.Operator).HasMaxLength(JournalEntry.MaxOperatorLength);
        builder.Property(j => j.MeterSerial).HasMaxLength(MeterValidator.MaxSerialLength);
        builder.Property(j => j.Request).HasMaxLength(JournalEntry.MaxTextLength);
        builder.Property(j => j.Response).HasMaxLength(JournalEntry.MaxTextLength);
        builder.HasIndex(j => new { j.MeterSerial, j.Id });
        builder.HasIndex(j => j.ChargeId);
        builder.HasIndex(j => j.At);
    }
}
