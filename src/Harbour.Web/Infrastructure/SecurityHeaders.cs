namespace Harbour.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>
    /// A strict policy: scripts and styles only from Harbour itself (no inline script), no framing, no
    /// referrer leaking a case URL to another site, and HSTS outside Development.
    /// </summary>
    public static HeaderPolicyCollection Policy(IWebHostEnvironment environment)
    {
        var policy = new HeaderPolicyCollection()
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyNoReferrer()
            .AddCrossOriginOpenerPolicy(builder => builder.SameOrigin())
            .AddCrossOriginResourcePolicy(builder => builder.SameOrigin())
            .AddPermissionsPolicy(builder =>
            {
                builder.AddCamera().None();
                builder.AddMicrophone().None();
                builder.AddGeolocation().None();
                builder.AddPayment().None();
            })
            .RemoveServerHeader()
            .AddContentSecurityPolicy(builder =>
            {
                builder.AddDefaultSrc().Self();
                builder.AddScriptSrc().Self();
                builder.AddStyleSrc().Self();
                builder.AddImgSrc().Self().Data();
                builder.AddFontSrc().Self();
                builder.AddConnectSrc().Self();
                builder.AddFormAction().Self();
                builder.AddFrameAncestors().None();
                builder.AddBaseUri().Self();
                builder.AddObjectSrc().None();
            });

        if (!environment.IsDevelopment())
        {
            policy.AddStrictTransportSecurityMaxAgeIncludeSubDomains(maxAgeInSeconds: 63_072_000);
        }

        return policy;
    }
}
