package org.helpline.identity.internal;

/** An invitation whose link still works: for whom, and the name the admin gave them. */
public record OpenInvitation(String email, String displayName) {}
