/**
 * SPARQL policy shared by the server and the command line: which endpoints a {@code SERVICE} clause
 * may call ({@link org.tocgraph.sparql.ServiceAllowList}).
 */
package org.tocgraph.sparql;
