/**
 * What every page shares: the layout's model, language and time zone, the landing page per role,
 * and the mapping of errors to problem details and friendly pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared", "tenancy"})
package org.helpline.web;
