/**
 * Phone support: the public directory of numbers and hours, and the agent's
 * call console, which verifies the caller and then opens the tenant's account and files
 * or logs requests through the requests module.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "platform",
            "audit",
            "notify",
            "tenancy",
            "catalog",
            "sla",
            "requests",
            "requests :: forms"
        })
package org.helpline.phone;
