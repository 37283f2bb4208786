using MudBlazor;

namespace OpenPrepaid.Web.Components.Layout;

/// <summary>The console's colours and fonts; system fonts only, because the console may run without internet access.</summary>
internal static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b",
            Secondary = "#2e7d32",
            AppbarBackground = "#1f5f8b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "DejaVu Sans", "sans-serif"] },
        },
    };
}
