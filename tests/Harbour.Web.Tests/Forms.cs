using AngleSharp.Dom;

namespace Harbour.Web.Tests;

/// <summary>Submits forms the way a browser does: read the page (and its antiforgery token), then post.</summary>
internal static class Forms
{
    /// <summary>Reads the form token from a page; the client keeps the matching cookie.</summary>
    public static async Task<string> AntiforgeryAsync(HttpClient client, string path)
    {
        var document = await HtmlDocument.ParseAsync(await client.GetAsync(path));
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on " + path);
    }

    public static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", token)));

    /// <summary>GETs <paramref name="path"/> for a token, then posts the fields to <paramref name="action"/> (default: the same path).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, (string Name, string Value)[] fields, string? action = null)
    {
        var token = await AntiforgeryAsync(client, path);
        return await client.PostAsync(action ?? path, Form(token, fields));
    }

    /// <summary>Posts one handler's form and expects the redirect a saved change answers with; any error summary is the failure message.</summary>
    public static async Task StepAsync(HttpClient client, string page, string handler, (string Name, string Value)[] fields)
    {
        var response = await PostAsync(client, page, fields, $"{page}?handler={handler}");
        var detail = response.StatusCode == System.Net.HttpStatusCode.Redirect ? "" : string.Join("; ", (await HtmlDocument.ParseAsync(response)).ErrorSummary());
        Xunit.Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode} {detail}");
    }

    /// <summary>The three fields of a GOV.UK date input.</summary>
    public static (string Name, string Value)[] Date(string name, int year, int month, int day) =>
    [
        ($"{name}Day", day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ($"{name}Month", month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ($"{name}Year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public static IEnumerable<string> ErrorSummary(this IDocument document) =>
        document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim());
}
