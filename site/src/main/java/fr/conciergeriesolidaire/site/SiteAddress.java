package fr.conciergeriesolidaire.site;

/** The public address of the site ("https://www.example.org", no trailing slash), for canonical URLs and feeds. */
public record SiteAddress(String baseUrl) {
    public SiteAddress {
        if (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }

    /** "https://www.example.org/agenda/" for "/agenda/". */
    public String absolute(String path) {
        return baseUrl + path;
    }

    /** The host name, used to make calendar UIDs unique across sites. */
    public String host() {
        return java.net.URI.create(baseUrl).getHost();
    }
}
