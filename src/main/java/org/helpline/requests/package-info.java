/**
 * Service requests: filing under the intake rules, routing to the provider or the partner of
 * record, handling by agents through the status lifecycle, the thread of messages and files, and the
 * agents' queues ordered by SLA deadline; other modules use {@link
 * org.helpline.requests.RequestManagement}, {@link org.helpline.requests.RequestSnapshots}, {@link
 * org.helpline.requests.MailReplies} and the events of this package.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "platform",
            "audit",
            "catalog",
            "health",
            "identity",
            "sla",
            "support",
            "tenancy"
        })
package org.helpline.requests;
