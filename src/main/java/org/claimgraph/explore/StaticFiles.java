package org.claimgraph.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The explorer's own style sheet and script, and Cytoscape.js from its WebJar, served from the
 * classpath. Only the files named here are served, so a path cannot reach other resources.
 */
final class StaticFiles {
    /** A file's bytes and content type. */
    record File(byte[] bytes, String contentType) {
    }

    private static final String OWN = "org/claimgraph/explore/";
    private static final String CYTOSCAPE_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

    private final Map<String, File> files;

    StaticFiles() {
        String cytoscape = "META-INF/resources/webjars/cytoscape/" + cytoscapeVersion() + "/dist/cytoscape.min.js";
        files = Map.of(
                "explore.css", load(OWN + "explore.css", "text/css; charset=utf-8"),
                "graph.js", load(OWN + "graph.js", "text/javascript; charset=utf-8"),
                "cytoscape.min.js", load(cytoscape, "text/javascript; charset=utf-8"));
    }

    /** The file called {@code name}, or null. */
    File get(String name) {
        return files.get(name);
    }

    private static String cytoscapeVersion() {
        Properties pom = new Properties();
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(CYTOSCAPE_POM)) {
            if (in == null) {
                throw new IllegalStateException("the Cytoscape.js WebJar (" + CYTOSCAPE_POM + ") is not on the classpath");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CYTOSCAPE_POM, e);
        }
        return pom.getProperty("version");
    }

    private static File load(String resource, String contentType) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("explorer resource " + resource + " is not on the classpath");
            }
            return new File(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read explorer resource " + resource, e);
        }
    }
}
