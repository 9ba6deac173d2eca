/**
 * The pages of service requests: the admin's "New service request" form with the partner-first
 * pane, "My requests" and a request's thread; the agents' queue and
 * their view of a request.
 */
package org.helpline.requests.web;
