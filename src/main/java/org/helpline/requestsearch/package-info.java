/**
 * Search of requests (issue 21): each node keeps a Lucene index of the requests, built from the
 * requests module's {@link org.helpline.requests.RequestSnapshots#searchable} and kept current by
 * a change log that this module's listeners write in the transaction of each change and every
 * node tails; it answers the requests module's {@link org.helpline.requests.RequestFinder} and
 * serves the search pages of agents and tenant admins.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "requests", "shared", "sla"})
package org.helpline.requestsearch;
