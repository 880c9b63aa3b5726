using Harbour.Core.Documents;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Harbour.Core.Learning;

/// <summary>
/// A certificate as a one-page PDF, written with PdfPig (Apache-2.0) in DejaVu Sans (<see cref="PdfFonts"/>).
/// </summary>
public static class CertificatePdf
{
    public static byte[] Render(LearningCompletion completion, string verifyAt)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = $"Certificate – {completion.ModuleTitle}";
        var regular = builder.AddTrueTypeFont(PdfFonts.Regular);
        var bold = builder.AddTrueTypeFont(PdfFonts.Bold);
        var page = builder.AddPage(PageSize.A4, isPortrait: false);
        var width = page.PageSize.Width;
        var height = page.PageSize.Height;
        page.SetStrokeColor(0x1d, 0x70, 0xb8);
        page.DrawRectangle(new PdfPoint(24, 24), width - 48, height - 48, lineWidth: 8);

        // Lines are centred: measure the text, then place it half its width left of the middle.
        void Line(string text, double size, bool strong, double fromTop)
        {
            var font = strong ? bold : regular;
            var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
            var textWidth = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
            page.AddText(text, size, new PdfPoint((width - textWidth) / 2, height - fromTop), font);
        }

        Line("Certificate of completion", 18, false, 110);
        Line(completion.ModuleTitle, 30, true, 160);
        Line("This certifies that", 16, false, 230);
        Line(completion.LearnerName ?? "the holder of this certificate", 26, true, 270);
        Line($"completed the partnership's eLearning module and passed its quiz with {completion.ScorePercent}%", 14, false, 330);
        Line($"on {completion.CompletedAt:d MMMM yyyy}.", 14, false, 354);
        Line($"Verification code: {LearningService.Display(completion.VerificationCode)}", 16, true, 420);
        Line($"Check it at {verifyAt}", 12, false, 450);
        return builder.Build();
    }
}
