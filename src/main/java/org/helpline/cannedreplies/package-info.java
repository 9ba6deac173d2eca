/**
 * Canned replies: answers agents keep ready, personal, for a team (the agents who handle a service,
 * as the contact desk's skills say) or for the whole support desk, each in Polish, English and
 * Chinese with placeholders filled from the request, optionally also changing its status, severity
 * or assignment through {@link org.helpline.requests.RequestManagement} when applied.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "catalog", "contact", "identity", "requests", "shared", "sla", "tenancy"})
package org.helpline.cannedreplies;
