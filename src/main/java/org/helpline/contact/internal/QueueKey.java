package org.helpline.contact.internal;

import java.util.UUID;

/** A callback queue: the support organisation, the partner when it handles the contacts, and the language spoken. */
record QueueKey(String organisationId, UUID partnerId, String language) {}
