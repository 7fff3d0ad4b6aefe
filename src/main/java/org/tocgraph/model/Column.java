package org.tocgraph.model;

/** The four columns of the source table, with their header text. */
public enum Column {
    MECHANISM("Mechanism"),
    FREQUENCY("Frequency of meeting"),
    CONVENERS("Convening bodies"),
    MEMBERS("Members");

    private final String header;

    Column(String header) {
        this.header = header;
    }

    /** The header as the document writes it. */
    public String header() {
        return header;
    }

    /** Lower-case slug used in IRIs and reports: {@code mechanism}, {@code frequency}, ... */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
