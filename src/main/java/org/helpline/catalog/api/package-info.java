/** The catalog as JSON under {@code /api/v1/catalog}: services, categories with classifications, feature matrix. */
package org.helpline.catalog.api;
