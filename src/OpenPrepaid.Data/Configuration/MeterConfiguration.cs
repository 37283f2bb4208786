using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Data.Configuration;

internal sealed class MeterConfiguration : IEntityTypeConfiguration<Meter>
{
    public void Configure(EntityTypeBuilder<Meter> builder)
    {
        builder.ToTable("Meters");
        builder.HasKey(m => m.Serial);
        builder.Property(m => m.Serial).HasMaxLength(MeterValidator.MaxSerialLength);
        builder.Property(m => m.Model).HasMaxLength(MeterValidator.MaxModelLength);
        builder.Property(m => m.Memo).HasMaxLength(MeterValidator.MaxMemoLength);
        builder.Property(m => m.Host).HasMaxLength(MeterValidator.MaxHostLength);
        builder.Property(m => m.SerialPortName).HasMaxLength(MeterValidator.MaxPortNameLength);
        builder.Property(m => m.ProtectedPassword).HasMaxLength(2000);
        builder.Property(m => m.ProtectedTokenKey).HasMaxLength(2000);
        builder.Property<long?>(OpenPrepaidDbContext.LatestSnapshotIdColumn);
        builder.Ignore(m => m.Channel);
        builder.Ignore(m => m.ChannelIdentity);
    }
}
