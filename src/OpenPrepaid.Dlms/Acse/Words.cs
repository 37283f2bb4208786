using System.Text;

namespace OpenPrepaid.Dlms.Acse;

/// <summary>Turns enum names into lower-case words for messages ("AuthenticationFailure" to "authentication failure").</summary>
internal static class Words
{
    public static string Split(string pascalCase)
    {
        var builder = new StringBuilder(pascalCase.Length + 8);
        for (var i = 0; i < pascalCase.Length; i++)
        {
            var c = pascalCase[i];
            if (i > 0 && char.IsUpper(c))
            {
                builder.Append(' ');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
