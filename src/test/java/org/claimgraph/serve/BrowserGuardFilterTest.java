package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BrowserGuardFilterTest {
    @Test
    void loopbackNamesWithOrWithoutPortPass() {
        assertTrue(BrowserGuardFilter.namesLoopback("localhost:3030", "127.0.0.1"));
        assertTrue(BrowserGuardFilter.namesLoopback("LOCALHOST", "127.0.0.1"));
        assertTrue(BrowserGuardFilter.namesLoopback("127.0.0.1:3030", "127.0.0.1"));
        assertTrue(BrowserGuardFilter.namesLoopback("[::1]:3030", "127.0.0.1"));
        assertTrue(BrowserGuardFilter.namesLoopback("127.0.0.2:3030", "127.0.0.2"));
    }

    @Test
    void otherNamesAndMissingHostAreRefused() {
        assertFalse(BrowserGuardFilter.namesLoopback("rebound.example:3030", "127.0.0.1"));
        assertFalse(BrowserGuardFilter.namesLoopback("localhost.evil.example", "127.0.0.1"));
        assertFalse(BrowserGuardFilter.namesLoopback(null, "127.0.0.1"));
    }

    @Test
    void originMustMatchSchemeHostAndPort() {
        assertTrue(BrowserGuardFilter.sameOrigin("http://127.0.0.1:3030", "http", "127.0.0.1:3030"));
        assertTrue(BrowserGuardFilter.sameOrigin("http://LocalHost:3030", "http", "localhost:3030"));
        assertFalse(BrowserGuardFilter.sameOrigin("http://127.0.0.1:3031", "http", "127.0.0.1:3030"));
        assertFalse(BrowserGuardFilter.sameOrigin("https://127.0.0.1:3030", "http", "127.0.0.1:3030"));
        assertFalse(BrowserGuardFilter.sameOrigin("https://evil.example", "http", "127.0.0.1:3030"));
        assertFalse(BrowserGuardFilter.sameOrigin("null", "http", "127.0.0.1:3030"));
        assertFalse(BrowserGuardFilter.sameOrigin("http://127.0.0.1:3030", "http", null));
    }
}
