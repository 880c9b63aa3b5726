using System.Globalization;
using System.Text;
using QRCoder;

namespace Harbour.Web.Infrastructure;

/// <summary>
/// Draws a QR code as one SVG path on the server, so set-up works without JavaScript and within the strict
/// content security policy (no inline styles, no data: images needed).
/// </summary>
public static class QrCodeSvg
{
    public static string Render(string text, string accessibleName)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (matrix[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        var label = System.Net.WebUtility.HtmlEncode(accessibleName);
        // Black on white with the quiet zone QRCoder includes, whatever colour scheme the page uses.
        return $"""<svg xmlns="http://www.w3.org/2000/svg" class="app-qr-code" viewBox="0 0 {size} {size}" width="{size * 6}" height="{size * 6}" role="img" aria-label="{label}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#ffffff"/><path d="{path}" fill="#000000"/></svg>""";
    }
}
