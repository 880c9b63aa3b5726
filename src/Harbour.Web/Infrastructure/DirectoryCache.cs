using Harbour.Core.SupportDirectory;

namespace Harbour.Web.Infrastructure;

/// <summary>
/// The support directory in memory for every request. At most every <see cref="CheckEvery"/> it asks the database
/// whether the directory has changed (a cheap version query) and reloads it if so, so an edit on one instance
/// reaches the others within that time; an edit on this instance calls <see cref="Invalidate"/>.
/// </summary>
public sealed class DirectoryCache(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim refresh = new(1, 1);
    private DirectoryCatalogue? catalogue;
    private DateTimeOffset checkedAt;

    public async Task<DirectoryCatalogue> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = catalogue;
        if (current is not null && time.GetUtcNow() - checkedAt < CheckEvery)
        {
            return current;
        }

        await refresh.WaitAsync(cancellationToken);
        try
        {
            if (catalogue is not null && time.GetUtcNow() - checkedAt < CheckEvery)
            {
                return catalogue;
            }

            await using var scope = scopes.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetRequiredService<SupportDirectoryService>();
            if (catalogue is null || await directory.VersionAsync(cancellationToken) != catalogue.Version)
            {
                catalogue = await directory.LoadAsync(cancellationToken);
            }

            checkedAt = time.GetUtcNow();
            return catalogue;
        }
        finally
        {
            refresh.Release();
        }
    }

    public void Invalidate() => checkedAt = DateTimeOffset.MinValue;

    public void Dispose() => refresh.Dispose();
}
