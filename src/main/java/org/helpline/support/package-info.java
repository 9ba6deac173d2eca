/**
 * The Support home of a tenant (admin center &gt; Support, R-23): the entry to self-help, service
 * health and service requests for admins, and the plain "assisted support is for admins" guidance
 * for everyone else.
 */
package org.helpline.support;
