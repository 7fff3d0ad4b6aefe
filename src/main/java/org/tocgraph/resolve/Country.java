package org.tocgraph.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code countries.csv}: an ISO 3166-1 code (or Kosovo's user-assigned XK) with its
 * identifiers.
 *
 * @param iso2         ISO 3166-1 alpha-2, e.g. {@code "KZ"}; Namibia is {@code "NA"}
 * @param iso3         alpha-3, e.g. {@code "KAZ"} ({@code "XKX"} for Kosovo)
 * @param isoNumeric   ISO 3166-1 numeric with leading zeros; empty for XK
 * @param m49          UN M49 code with leading zeros; empty for XK and TW
 * @param name         UN M49 English name, e.g. "Netherlands (Kingdom of the)"; GeoNames/ISO name for XK, TW
 * @param nameCommon   CLDR short display name, e.g. "Russia"
 * @param geonamesId   GeoNames feature id, digits
 * @param wikidataQid  Wikidata item, e.g. {@code "Q232"}
 * @param status       one of {@link #STATUSES}
 * @param statusDetail the independence text the status was derived from, e.g. "Territory of GB"
 * @param unMember     UN Member State (193)
 * @param notes        special cases, or empty
 */
public record Country(String iso2, String iso3, Optional<String> isoNumeric, Optional<String> m49, String name,
        String nameCommon, String geonamesId, String wikidataQid, String status, String statusDetail,
        boolean unMember, String notes) {

    /** The values of {@link #status()}; the rule that assigns them is in {@code data/reference/README.md}. */
    public static final List<String> STATUSES = List.of("state", "non-member observer state", "associated state",
            "partially recognized", "territory", "disputed territory", "international territory");

    public Country {
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(isoNumeric, "isoNumeric");
        Objects.requireNonNull(m49, "m49");
    }
}
