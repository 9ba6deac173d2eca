package org.helpline.identity;

/** An admin of a tenant as shown to its users who need assisted support. */
public record AdminContact(String name, String email) {}
