package org.helpline.catalog.internal;

/** What a row of {@code catalog_label} names; stored under the constant's name. */
public enum LabelKind {
    SERVICE,
    SERVICE_DESCRIPTION,
    OFFERING,
    FEATURE,
    CLASSIFICATION,
    SCOPE
}
