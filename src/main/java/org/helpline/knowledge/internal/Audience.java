package org.helpline.knowledge.internal;

/** Who may read an article: everyone signed in, or only tenant admins and staff. */
public enum Audience {
    EVERYONE,
    ADMINS
}
