using System.Text;

namespace OpenPrepaid.Cli.Output;

/// <summary>Names of enum values as the command line writes them: <c>EnergyTotal</c> becomes <c>energy-total</c>.</summary>
internal static class KebabCase
{
    public static string Of(string pascalCase)
    {
        ArgumentNullException.ThrowIfNull(pascalCase);

        var text = new StringBuilder(pascalCase.Length + 4);
        foreach (var c in pascalCase)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
