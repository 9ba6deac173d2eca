package org.helpline.presales.internal;

/**
 * What a rate limit counts inquiries of: one e-mail address or one client address. Limits are
 * locked in this order, so two inquiries never wait for each other in a circle.
 */
enum LimitScope {
    EMAIL("email"),
    CLIENT("client_address");

    private final String column;

    LimitScope(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
