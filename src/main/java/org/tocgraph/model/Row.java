package org.tocgraph.model;

import java.util.List;
import java.util.TreeSet;

/**
 * One row of the source table, as read: four cells, each remembering its source lines.
 *
 * @param index 1-based position of the row in the table
 */
public record Row(int index, Cell mechanism, Cell frequency, Cell conveners, Cell members) {

    public Cell cell(Column column) {
        return switch (column) {
            case MECHANISM -> mechanism;
            case FREQUENCY -> frequency;
            case CONVENERS -> conveners;
            case MEMBERS -> members;
        };
    }

    /** All source lines of the row, ascending. */
    public List<Integer> lines() {
        TreeSet<Integer> lines = new TreeSet<>();
        for (Column c : Column.values()) {
            cell(c).fragments().forEach(f -> lines.add(f.line()));
        }
        return List.copyOf(lines);
    }

    public int firstLine() {
        return lines().get(0);
    }

    public int lastLine() {
        List<Integer> lines = lines();
        return lines.get(lines.size() - 1);
    }

    /** Pages the row is on, ascending. */
    public List<Integer> pages() {
        TreeSet<Integer> pages = new TreeSet<>();
        for (Column c : Column.values()) {
            cell(c).fragments().forEach(f -> pages.add(f.page()));
        }
        return List.copyOf(pages);
    }

    /** The row with one cell replaced. */
    public Row with(Column column, Cell cell) {
        return new Row(index,
                column == Column.MECHANISM ? cell : mechanism,
                column == Column.FREQUENCY ? cell : frequency,
                column == Column.CONVENERS ? cell : conveners,
                column == Column.MEMBERS ? cell : members);
    }
}
