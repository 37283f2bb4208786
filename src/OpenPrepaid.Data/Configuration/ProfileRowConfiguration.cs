using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Data.Rows;

namespace OpenPrepaid.Data.Configuration;

internal sealed class ProfileRowConfiguration : IEntityTypeConfiguration<ProfileRow>
{
    public void Configure(EntityTypeBuilder<ProfileRow> builder)
    {
        builder.ToTable("Profiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(ProfileValidator.MaxNameLength);
        builder.Property(p => p.NormalizedName).HasMaxLength(ProfileValidator.MaxNameLength);
        builder.HasIndex(p => p.NormalizedName).IsUnique();
    }
}
