namespace Harbour.Web.Infrastructure;

/// <summary>The high-contrast preference: a functional cookie set by a plain form post, so it works without JavaScript.</summary>
public static class Contrast
{
    public const string CookieName = "harbour_contrast";
    public const string High = "high";

    public static bool IsHigh(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var value) && value == High;

    public static void Set(HttpResponse response, bool high, bool secure)
    {
        if (!high)
        {
            response.Cookies.Delete(CookieName);
            return;
        }

        response.Cookies.Append(CookieName, High, new CookieOptions
        {
            HttpOnly = true,
            Secure = secure,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
    }
}
