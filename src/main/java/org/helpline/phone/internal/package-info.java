/**
 * The directory and its editing, calls, caller verification and grants, and the requests filed or
 * logged during a call; only {@code phone} uses it.
 */
package org.helpline.phone.internal;
