package org.tocgraph.config;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The published release: its version and date, kept as data so that the dataset description and
 * HTTP dates do not change with a checkout's file times.
 *
 * <pre>{@code
 * Release r = Release.load(config.release());   // version=0.1.0, date=2026-12-04
 * }</pre>
 *
 * @param version dataset version, carried by the dump file names
 * @param date    release date
 */
public record Release(String version, LocalDate date) {
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*(-[A-Za-z0-9.]+)?");

    public Release {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new ConfigException("version must look like 1.2.3: " + version);
        }
    }

    /** The start of the release date, in UTC. */
    public Instant instant() {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Reads {@code version} and {@code date} (ISO 8601) from a properties file.
     *
     * @throws ConfigException naming the file and what is missing or malformed
     */
    public static Release load(Path file) {
        Properties props = Config.readProperties(file, "release");
        String version = props.getProperty("version");
        String date = props.getProperty("date");
        if (version == null || date == null) {
            throw new ConfigException(file + ": needs both 'version' and 'date'");
        }
        try {
            return new Release(version.trim(), LocalDate.parse(date.trim()));
        } catch (DateTimeParseException e) {
            throw new ConfigException(file + ": 'date' must be an ISO date such as 2026-12-04: " + date);
        } catch (ConfigException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }
}
