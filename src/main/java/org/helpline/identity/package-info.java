/**
 * Users, roles, sign-in and API tokens: who someone is and what their roles allow, as the
 * HelplineUser principal of sessions and API calls.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "notify", "platform", "shared", "tenancy"})
package org.helpline.identity;
