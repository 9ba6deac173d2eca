/**
 * Service requests: intake rules, routing to the provider or the
 * partner of record, the lifecycle with messages, severity changes and assignment, the
 * agents' queues ordered by SLA deadline, and the reactions to breaches and customer waits.
 * Messages may carry files (today those of a customer's reply by e-mail, which the {@code mail}
 * module adds through {@link org.helpline.requests.MailReplies}), downloadable by whoever may read
 * the request. Other modules use {@link org.helpline.requests.RequestManagement} and the events of this package;
 * it depends on {@code sla}, {@code tenancy}, {@code catalog}, {@code identity}, {@code support},
 * {@code health} (known issues, R-3), {@code audit} and {@code shared}.
 */
package org.helpline.requests;
