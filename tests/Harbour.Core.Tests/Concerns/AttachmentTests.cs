using System.IO.Compression;
using System.Text;
using Harbour.Core.Accounts;
using Harbour.Core.Concerns;
using Harbour.Core.Data;

namespace Harbour.Core.Tests.Concerns;

public sealed class AttachmentTests
{
    [Theory]
    [InlineData("%PDF-1.7 rest", "application/pdf")]
    [InlineData("GIF89a....", "image/gif")]
    public void Sniff_KnownTypes_AreRecognisedFromTheirContent(string start, string expected) =>
        Assert.Equal(expected, AttachmentStore.Sniff(Encoding.ASCII.GetBytes(start)));

    [Fact]
    public void Sniff_WordDocument_IsRecognisedAndOtherZipsAreNot()
    {
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", AttachmentStore.Sniff(Zip("[Content_Types].xml", "word/document.xml")));
        Assert.Null(AttachmentStore.Sniff(Zip("[Content_Types].xml", "xl/workbook.xml")));
    }

    [SkippableFact]
    public async Task Upload_ExecutableRenamedPdf_IsRefusedAndNothingIsStored()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var draft = await concerns.StartDraftAsync(referrer, ConcernWorld.Actor(referrer));
            var executable = new byte[10 * 1024 * 1024];
            "MZ"u8.CopyTo(executable);

            var error = await Assert.ThrowsAsync<ValidationFailedException>(() => concerns.AddAttachmentAsync(draft.Id,
                new Upload("statement.pdf", executable.Length, () => new MemoryStream(executable)), referrer, ConcernWorld.Actor(referrer)));

            Assert.Equal("The selected file must be a PDF, a photo (JPG, PNG or GIF) or a Word document", error.Errors["Attachment"]);
            Assert.False(Directory.Exists(world.Attachments.Directory) && Directory.EnumerateFiles(world.Attachments.Directory).Any());
        }
    }

    [SkippableFact]
    public async Task Upload_TooLarge_IsRefused()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var draft = await concerns.StartDraftAsync(referrer, ConcernWorld.Actor(referrer));
            var pdf = new byte[AttachmentStore.MaximumSize + 1];
            "%PDF-"u8.CopyTo(pdf);

            var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
                concerns.AddAttachmentAsync(draft.Id, new Upload("big.pdf", pdf.Length, () => new MemoryStream(pdf)), referrer, ConcernWorld.Actor(referrer)));

            Assert.Equal("The selected file must be smaller than 10MB", error.Errors["Attachment"]);
        }
    }

    [SkippableFact]
    public async Task Upload_Pdf_IsStoredUnderAGeneratedNameAndOnlyItsAuthorCanOpenTheDraftCopy()
    {
        await using var world = await ConcernWorld.CreateAsync(DatabaseProvider.Sqlite);
        var referrer = await world.UserAsync("hiow-constabulary", HarbourRoles.Referrer);
        var colleague = await world.UserAsync("hiow-constabulary", HarbourRoles.SafeguardingLead);
        var (db, concerns, _) = world.Services();
        await using (db)
        {
            var draft = await concerns.StartDraftAsync(referrer, ConcernWorld.Actor(referrer));
            var pdf = "%PDF-1.4 statement"u8.ToArray();

            var attachment = await concerns.AddAttachmentAsync(draft.Id, new Upload("../../etc/passwd<script>.exe", pdf.Length, () => new MemoryStream(pdf)), referrer, ConcernWorld.Actor(referrer));

            Assert.Equal("passwdscript.pdf", attachment.FileName);
            Assert.Matches("^[0-9a-f]{32}$", attachment.StorageName);
            var opened = await concerns.OpenAttachmentAsync(draft.Id, attachment.Id, referrer, ConcernWorld.Actor(referrer));
            Assert.NotNull(opened);
            await opened.Value.Content.DisposeAsync();
            Assert.Null(await concerns.OpenAttachmentAsync(draft.Id, attachment.Id, colleague, ConcernWorld.Actor(colleague)));
        }
    }

    private static byte[] Zip(params string[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }
}
