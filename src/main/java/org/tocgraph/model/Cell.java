package org.tocgraph.model;

import java.util.List;
import java.util.stream.Collectors;

/** One cell of a table row: the fragments it was put together from, in source order. */
public record Cell(List<Fragment> fragments) {
    public static final Cell EMPTY = new Cell(List.of());

    public Cell {
        fragments = List.copyOf(fragments);
    }

    /** The cell's text: its non-empty fragments joined by one space. */
    public String text() {
        return fragments.stream().map(Fragment::text).filter(t -> !t.isEmpty())
                .collect(Collectors.joining(" "));
    }

    public boolean isEmpty() {
        return fragments.stream().allMatch(f -> f.text().isEmpty());
    }

    /** Lines that contribute text to this cell. */
    public List<Integer> lines() {
        return fragments.stream().filter(f -> !f.text().isEmpty()).map(Fragment::line).distinct().toList();
    }

    /** Returns a cell with one more fragment at the end. */
    public Cell plus(Fragment f) {
        return new Cell(java.util.stream.Stream.concat(fragments.stream(), java.util.stream.Stream.of(f)).toList());
    }
}
