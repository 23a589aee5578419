namespace ValueAtlas.Curation.Review.Web;

/// <summary>
/// The link an annotator opens to log in. The token rides in the fragment, which browsers never
/// send, so it stays out of server and proxy logs; the page moves it to session storage.
/// </summary>
public static class LoginLink
{
    public static string For(string baseAddress, string token) =>
        baseAddress.TrimEnd('/') + "/#token=" + Uri.EscapeDataString(token);
}
