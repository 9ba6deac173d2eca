package org.helpline.catalog;

import java.util.List;

/** What technical support covers and what it does not, as sentences for the request form. */
public record SupportScope(List<String> covered, List<String> notCovered) {}
