/**
 * Phone support. The public directory of countries and regions with their numbers, technical
 * and billing hours in local time and languages, edited by organisation
 * admins ({@link org.helpline.phone.PhoneDirectory}); the agent's calls, caller verification by
 * a code sent to a registered address, and the access grant that lets an agent open a tenant's
 * account for the length of a call (R-8, R-9: {@link org.helpline.phone.PhoneCalls},
 * {@link org.helpline.phone.CallerVerification}). Depends on {@code tenancy}, {@code notify},
 * {@code audit} and {@code shared}.
 */
package org.helpline.phone;
