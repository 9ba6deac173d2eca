/**
 * Satisfaction surveys: a signed, single-use link e-mailed when a request is resolved, and
 * the answer kept with the request and its agent.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "notify", "platform", "requests", "shared", "tenancy"})
package org.helpline.surveys;
