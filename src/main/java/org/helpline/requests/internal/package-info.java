/**
 * The requests module's internals, one class per concept: {@link
 * org.helpline.requests.internal.Filing} (with {@link org.helpline.requests.internal.FilingRules} and
 * {@link org.helpline.requests.internal.Opening}) brings a request into being; {@link
 * org.helpline.requests.internal.Handling} is what agents do with it afterwards, along the {@link
 * org.helpline.requests.internal.Lifecycle} of its status; the {@link
 * org.helpline.requests.internal.Conversation} is its thread; {@link
 * org.helpline.requests.internal.Revisions} stores every change; {@link
 * org.helpline.requests.internal.Reading} shows requests to whoever may see them. Beside them: who
 * sees which request, the repositories and the reactions to the sla module's events.
 */
package org.helpline.requests.internal;
