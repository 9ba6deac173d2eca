package org.helpline.requests.web;

/** An option of a select on a page: its value and its label in the reader's language. */
@org.springframework.modulith.NamedInterface("forms")
public record Choice(String value, String label) {}
