using System.Text.Json;

namespace Harbour.Core.Notifications;

/// <summary>A message as written to the outbox folder.</summary>
public sealed record OutboxMessage(Guid Id, DateTime CreatedAt, string To, string Template, string Subject, string Body);

/// <summary>
/// The default sender: writes each email as a JSON file in <c>data/outbox/</c>, where administrators read it on
/// the Outbox page. For development, demonstrations and deployments without GOV.UK Notify.
/// </summary>
public sealed class LocalOutbox(string directory) : INotificationSender
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Directory { get; } = directory;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.IO.Directory.CreateDirectory(Directory);
        var stored = new OutboxMessage(message.Id, message.CreatedAt, message.To, message.Template.Key, message.Subject, message.Body);
        var path = Path.Combine(Directory, FileName(message.CreatedAt, message.Id));
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await JsonSerializer.SerializeAsync(stream, stored, Json, cancellationToken);
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        var messages = new List<OutboxMessage>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.json"))
        {
            await using var stream = File.OpenRead(path);
            var message = await JsonSerializer.DeserializeAsync<OutboxMessage>(stream, Json, cancellationToken);
            if (message is not null)
            {
                messages.Add(message);
            }
        }

        return messages.OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).ToList();
    }

    public async Task<OutboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(m => m.Id == id);

    private static string FileName(DateTime createdAt, Guid id) => $"{createdAt:yyyyMMdd'T'HHmmssfff}-{id:N}.json";
}
