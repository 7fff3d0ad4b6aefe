package org.tocgraph.resolve;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code group-members.csv}: a state (or, for the EU among ASEAN's dialogue partners, an
 * organization) in a group, in a role, for a period.
 *
 * <p>Dates keep their sourced precision: {@code "1997"}, {@code "2011-11"} or {@code "2025-10-26"}.
 * A member is in the group on day {@code d} if it has no start or {@link #start()} &le; d, and it has
 * no end or d &lt; {@link #end()} (the end is exclusive: on the end date the row no longer holds).
 *
 * @param groupId   the group's id
 * @param iso2      the member state, or empty when the member is an organization
 * @param memberOrg the member organization's id, or empty when the member is a state
 * @param role      as the source gives it, e.g. "member", "dialogue partner", "observer"
 * @param validFrom start as written, or empty when not sourced
 * @param validTo   end as written, or empty while the membership lasts
 * @param source    where the row comes from
 * @param notes     remarks, or empty
 */
public record GroupMember(String groupId, String iso2, String memberOrg, String role, String validFrom,
        String validTo, String source, String notes) {

    public GroupMember {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(memberOrg, "memberOrg");
        if (iso2.isEmpty() == memberOrg.isEmpty()) {
            throw new IllegalArgumentException("exactly one of iso2 and memberOrg must be given: " + iso2 + "/"
                    + memberOrg);
        }
        // Fail at construction rather than in a later date query.
        parse(validFrom, false);
        parse(validTo, true);
    }

    /** The member is a state ({@link #iso2()} is set). */
    public boolean isState() {
        return !iso2.isEmpty();
    }

    /** First day of membership: a year means 1 January, a year-month its first day. */
    public Optional<LocalDate> start() {
        return parse(validFrom, false);
    }

    /**
     * First day the row no longer holds: a full date as written, a year-month the first day of the next
     * month, a year 1 January of the next year (the end is known only to that precision).
     */
    public Optional<LocalDate> end() {
        return parse(validTo, true);
    }

    /** Whether the row holds on {@code date}. */
    public boolean activeAt(LocalDate date) {
        Optional<LocalDate> s = start();
        Optional<LocalDate> e = end();
        return (s.isEmpty() || !s.get().isAfter(date)) && (e.isEmpty() || date.isBefore(e.get()));
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty gives empty.
     *
     * @param end whether the value is an exclusive end, which rounds a year or month up
     * @throws IllegalArgumentException for any other text
     */
    static Optional<LocalDate> parse(String text, boolean end) {
        Objects.requireNonNull(text);
        try {
            switch (text.length()) {
                case 0:
                    return Optional.empty();
                case 4:
                    if (text.chars().allMatch(Character::isDigit)) {
                        LocalDate jan1 = Year.parse(text).atDay(1);
                        return Optional.of(end ? jan1.plusYears(1) : jan1);
                    }
                    break;
                case 7:
                    YearMonth ym = YearMonth.parse(text);
                    return Optional.of(end ? ym.plusMonths(1).atDay(1) : ym.atDay(1));
                case 10:
                    return Optional.of(LocalDate.parse(text));
                default:
                    break;
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): \"" + text + "\"", e);
        }
        throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): \"" + text + "\"");
    }
}
