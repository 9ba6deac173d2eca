package org.helpline.contact;

import java.util.UUID;

/** A callback queue: the support organisation, the partner when it handles the contacts, and the language spoken. */
public record QueueKey(String organisationId, UUID partnerId, String language) {}
