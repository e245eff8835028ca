/**
 * Serving the claims store over HTTP: {@link org.claimgraph.serve.ClaimServer} runs an embedded
 * Jena Fuseki with the Fuseki web UI.
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><th>Path</th><th>Methods</th><th>Who</th></tr>
 *   <tr><td>{@code /claims}, {@code /claims/sparql}, {@code /claims/query}</td><td>SPARQL Query, GET/POST</td><td>anyone</td></tr>
 *   <tr><td>{@code /claims}, {@code /claims/get}</td><td>Graph Store read, GET/HEAD</td><td>anyone</td></tr>
 *   <tr><td>{@code /claims/update}</td><td>SPARQL Update, POST</td><td>{@code admin}; not routed without a password</td></tr>
 *   <tr><td>{@code /claims/data}</td><td>Graph Store read-write, all methods</td><td>{@code admin}; not routed without a password</td></tr>
 *   <tr><td>{@code /claims/upload}</td><td>file upload, POST</td><td>{@code admin}; not routed without a password</td></tr>
 *   <tr><td>{@code /}</td><td>Fuseki UI files, GET</td><td>anyone</td></tr>
 *   <tr><td>{@code /explore/*}</td><td>claims explorer pages, GET/HEAD (with {@code explorer(true)})</td><td>anyone</td></tr>
 *   <tr><td>{@code /$/ping}, {@code /$/server}, {@code /$/stats/*}, {@code /$/tasks}</td><td>GET</td><td>anyone</td></tr>
 * </table>
 */
package org.claimgraph.serve;
