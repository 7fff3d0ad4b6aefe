package org.tocgraph.io;

import java.io.IOException;

/**
 * A consumer that may throw {@link IOException}, for writing output.
 *
 * @param <T> what is consumed, e.g. an {@link java.io.OutputStream}
 */
@FunctionalInterface
public interface IoConsumer<T> {
    void accept(T t) throws IOException;
}
