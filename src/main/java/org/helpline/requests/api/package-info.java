/** The JSON API of service requests and the agents' queue under {@code /api/v1}. */
package org.helpline.requests.api;
