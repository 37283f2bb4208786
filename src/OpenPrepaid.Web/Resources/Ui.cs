namespace OpenPrepaid.Web.Resources;

/// <summary>Marker type of the console's texts (Ui.resx, Ui.uk.resx), chosen by the .AspNetCore.Culture cookie.</summary>
public sealed class Ui;
