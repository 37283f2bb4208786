using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Data.Rows;

namespace OpenPrepaid.Data.Configuration;

internal sealed class SnapshotRowConfiguration : IEntityTypeConfiguration<SnapshotRow>
{
    public void Configure(EntityTypeBuilder<SnapshotRow> builder)
    {
        builder.ToTable("Snapshots");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedOnAdd();
        builder.Property(s => s.Serial).HasMaxLength(MeterValidator.MaxSerialLength);
        builder.Property(s => s.Error).HasMaxLength(SnapshotMapper.MaxErrorLength);
        builder.Property(s => s.Model).HasMaxLength(MeterValidator.MaxModelLength);
        builder.Property(s => s.Currency).HasMaxLength(16);
        builder.HasIndex(s => new { s.Serial, s.ReadAt });
    }
}
