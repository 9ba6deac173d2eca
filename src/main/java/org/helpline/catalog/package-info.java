/**
 * The catalog of each support organisation: its services, offerings and their features (R-12,
 * R-26), the request categories with their problem classifications and the support
 * scope stated on the request form.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.helpline.catalog;
