/** The index of requests, its change log and the finder that queries it. */
package org.helpline.requestsearch.internal;
