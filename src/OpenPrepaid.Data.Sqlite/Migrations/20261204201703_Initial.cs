using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenPrepaid.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Charges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MeterSerial = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    BalanceBefore = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    BalanceAfter = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    TokenSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SettledLater = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SettledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TokenStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Charges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MeterSerial = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Request = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    BalanceBefore = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    BalanceAfter = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    ChargeId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meters",
                columns: table => new
                {
                    Serial = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Memo = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChannelKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 253, nullable: true),
                    Port = table.Column<int>(type: "INTEGER", nullable: true),
                    SerialPortName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BaudRate = table.Column<int>(type: "INTEGER", nullable: true),
                    HdlcAddress = table.Column<int>(type: "INTEGER", nullable: true),
                    LogicalDeviceAddress = table.Column<int>(type: "INTEGER", nullable: false),
                    ClientSap = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedPassword = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProtectedTokenKey = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LastTokenSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LatestSnapshotId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meters", x => x.Serial);
                });

            migrationBuilder.CreateTable(
                name: "Profiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PriceT1 = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    PriceT2 = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    PriceT3 = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    PriceT4 = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    DisplayItems = table.Column<int>(type: "INTEGER", nullable: false),
                    DisplaySecondsPerItem = table.Column<int>(type: "INTEGER", nullable: false),
                    DisplayEnergyDecimals = table.Column<int>(type: "INTEGER", nullable: false),
                    PowerLimitKw = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    SwitchOffThreshold = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    NeverSwitchOff = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoSwitchOffOnSaturday = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoSwitchOffOnSunday = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Serial = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureKind = table.Column<int>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Balance = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LastTopUpAmount = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    LastTopUpTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RelayConnected = table.Column<bool>(type: "INTEGER", nullable: true),
                    RelayControlState = table.Column<int>(type: "INTEGER", nullable: true),
                    RelayControlMode = table.Column<int>(type: "INTEGER", nullable: true),
                    EnergyTotalKwh = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    EnergyT1Kwh = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    EnergyT2Kwh = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    EnergyT3Kwh = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    EnergyT4Kwh = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    PrepaidEnergyT1Kwh = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    PrepaidEnergyT2Kwh = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    PrepaidEnergyT3Kwh = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    PrepaidEnergyT4Kwh = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    PrepaidCostT1 = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    PrepaidCostT2 = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    PrepaidCostT3 = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    PrepaidCostT4 = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    MoneyCollected = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    ActivePowerKw = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    TemperatureCelsius = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    Clock = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClockOffsetMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    PriceT1 = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    PriceT2 = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    PriceT3 = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    PriceT4 = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    DisplayItems = table.Column<int>(type: "INTEGER", nullable: true),
                    DisplaySecondsPerItem = table.Column<int>(type: "INTEGER", nullable: true),
                    DisplayEnergyDecimals = table.Column<int>(type: "INTEGER", nullable: true),
                    PowerLimitKw = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    SwitchOffThreshold = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    NeverSwitchOff = table.Column<bool>(type: "INTEGER", nullable: true),
                    NoSwitchOffOnSaturday = table.Column<bool>(type: "INTEGER", nullable: true),
                    NoSwitchOffOnSunday = table.Column<bool>(type: "INTEGER", nullable: true),
                    TokenSequence = table.Column<long>(type: "INTEGER", nullable: true),
                    LastTokenStatus = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Snapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Charges_IdempotencyKey",
                table: "Charges",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Charges_MeterSerial_CreatedAt",
                table: "Charges",
                columns: new[] { "MeterSerial", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Charges_MeterSerial_TokenSequence",
                table: "Charges",
                columns: new[] { "MeterSerial", "TokenSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Charges_MeterSerial_Unsettled",
                table: "Charges",
                column: "MeterSerial",
                unique: true,
                filter: "\"State\" IN (0, 3)");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_At",
                table: "JournalEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_ChargeId",
                table: "JournalEntries",
                column: "ChargeId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_MeterSerial_Id",
                table: "JournalEntries",
                columns: new[] { "MeterSerial", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Profiles_NormalizedName",
                table: "Profiles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Snapshots_Serial_ReadAt",
                table: "Snapshots",
                columns: new[] { "Serial", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Charges");

            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropTable(
                name: "Meters");

            migrationBuilder.DropTable(
                name: "Profiles");

            migrationBuilder.DropTable(
                name: "Snapshots");
        }
    }
}
