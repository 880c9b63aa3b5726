using System.IO.Compression;
using System.Text;

namespace Harbour.Core.Concerns;

/// <summary>A file someone has chosen to upload.</summary>
public sealed record Upload(string FileName, long Length, Func<Stream> Open);

/// <summary>
/// Keeps uploaded documents outside the web root under generated names, after checking what they really are
/// from their first bytes (not their name): PDF, PNG, JPEG, GIF, Word (.docx and the older .doc). Files are
/// only ever served back through an authorised download.
/// </summary>
public sealed class AttachmentStore(string directory)
{
    public const long MaximumSize = 10 * 1024 * 1024;

    public string Directory { get; } = directory;

    /// <summary>Checks and stores the file; throws <see cref="ValidationFailedException"/> (field "Attachment") if it is refused.</summary>
    public async Task<Attachment> SaveAsync(Upload upload, Guid? userId, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Length == 0)
        {
            throw new ValidationFailedException("Attachment", "The selected file is empty");
        }

        if (upload.Length > MaximumSize)
        {
            throw new ValidationFailedException("Attachment", "The selected file must be smaller than 10MB");
        }

        await using var buffer = new MemoryStream();
        await using (var source = upload.Open())
        {
            await source.CopyToAsync(buffer, cancellationToken);
        }

        if (buffer.Length > MaximumSize)
        {
            throw new ValidationFailedException("Attachment", "The selected file must be smaller than 10MB");
        }

        var contentType = Sniff(buffer.ToArray())
            ?? throw new ValidationFailedException("Attachment", "The selected file must be a PDF, a photo (JPG, PNG or GIF) or a Word document");

        System.IO.Directory.CreateDirectory(Directory);
        var storageName = Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(Path.Combine(Directory, storageName), buffer.ToArray(), cancellationToken);
        return new Attachment
        {
            Id = Guid.NewGuid(),
            FileName = SafeFileName(upload.FileName, contentType),
            ContentType = contentType,
            Size = buffer.Length,
            StorageName = storageName,
            UploadedAt = now,
            UploadedByUserId = userId,
        };
    }

    /// <summary>Removes a stored file, for example one that was checked and refused after saving.</summary>
    public void Delete(string storageName)
    {
        var path = Path.Combine(Directory, Path.GetFileName(storageName));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public Stream Open(string storageName)
    {
        // Stored names are 32 hex digits; anything else is not one of ours.
        if (storageName.Length != 32 || !storageName.All(char.IsAsciiHexDigit))
        {
            throw new FileNotFoundException("Not an attachment name.");
        }

        return File.OpenRead(Path.Combine(Directory, storageName));
    }

    public static string? Sniff(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ReadOnlySpan<byte> head = bytes;
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "image/png";
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return "image/jpeg";
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return "application/msword";
        }

        if (head.StartsWith("PK\x03\x04"u8) && IsWordDocument(bytes))
        {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }

        return null;
    }

    private static bool IsWordDocument(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            // A damaged or disguised archive is not a Word document.
            return false;
        }
    }

    /// <summary>The name shown and offered on download: the original name's safe characters, with the extension the content really has.</summary>
    private static string SafeFileName(string original, string contentType)
    {
        var stem = Path.GetFileNameWithoutExtension(original ?? "");
        var safe = new StringBuilder();
        foreach (var c in stem.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.'))
        {
            safe.Append(c);
        }

        var name = safe.ToString().Trim();
        if (name.Length == 0)
        {
            name = "attachment";
        }

        var extension = contentType switch
        {
            "application/pdf" => ".pdf",
            "image/png" => ".png",
            "image/jpeg" => ".jpg",
            "image/gif" => ".gif",
            "application/msword" => ".doc",
            _ => ".docx",
        };
        return name[..Math.Min(name.Length, 100)] + extension;
    }
}
