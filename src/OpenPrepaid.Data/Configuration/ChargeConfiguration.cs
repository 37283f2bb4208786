using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Data.Configuration;

internal sealed class ChargeConfiguration : IEntityTypeConfiguration<Charge>
{
    /// <summary>
    /// Filter of the index that allows one unsettled charge per meter: Pending (0) or Unknown (3). Plain SQL
    /// that SQLite and PostgreSQL both accept.
    /// </summary>
    internal const string UnsettledFilter = "\"State\" IN (0, 3)";

    public void Configure(EntityTypeBuilder<Charge> builder)
    {
        builder.ToTable("Charges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.IdempotencyKey).HasMaxLength(Charge.MaxIdempotencyKeyLength);
        builder.Property(c => c.MeterSerial).HasMaxLength(MeterValidator.MaxSerialLength);
        builder.Property(c => c.Operator).HasMaxLength(Charge.MaxOperatorLength);
        builder.Property(c => c.Message).HasMaxLength(Charge.MaxMessageLength);
        builder.Ignore(c => c.IsSettled);

        builder.HasIndex(c => c.IdempotencyKey).IsUnique();
        builder.HasIndex(c => new { c.MeterSerial, c.TokenSequence }).IsUnique();
        builder.HasIndex(c => c.MeterSerial).IsUnique().HasFilter(UnsettledFilter).HasDatabaseName("IX_Charges_MeterSerial_Unsettled");
        builder.HasIndex(c => new { c.MeterSerial, c.CreatedAt });
    }
}
