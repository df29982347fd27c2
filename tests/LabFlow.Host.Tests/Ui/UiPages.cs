using System.Net;
using System.Text.RegularExpressions;

namespace LabFlow.Host.Tests.Ui;

/// <summary>Reading server-rendered pages and posting their forms the way a browser does (with the antiforgery token).</summary>
public static partial class UiPages
{
    /// <summary>The English culture cookie the language switch sets.</summary>
    public const string EnglishCultureCookie = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    /// <summary>The page's HTML with character references decoded, so assertions read "Lösenord" rather than "L&amp;#xF6;senord".</summary>
    public static async Task<string> ReadHtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>GETs <paramref name="url"/> and posts its form <paramref name="formName"/> with <paramref name="fields"/> and the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formName, IDictionary<string, string> fields)
    {
        using var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{url} answered {(int)page.StatusCode} without an antiforgery token.");
        }

        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(url, content);
    }

    /// <summary>Whether the response sets the sign-in cookie.</summary>
    public static bool SetsSignInCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("LabFlow.Auth=", StringComparison.Ordinal) && !c.StartsWith("LabFlow.Auth=;", StringComparison.Ordinal));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
