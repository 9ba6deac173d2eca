/**
 * Users, roles, sign-in and API tokens: who someone is and what their roles allow. Builds the
 * {@link org.helpline.shared.HelplineUser} principal for sessions and API calls.
 */
package org.helpline.identity;
