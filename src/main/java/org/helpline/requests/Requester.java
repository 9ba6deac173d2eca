package org.helpline.requests;

import java.util.UUID;

/**
 * Who filed a request. {@code onBehalf} is true when an agent or a partner agent filed it for the
 * tenant; the requester is then that agent. Requests filed without a signed-in person have no id.
 */
public record Requester(UUID id, String name, boolean onBehalf) {}
