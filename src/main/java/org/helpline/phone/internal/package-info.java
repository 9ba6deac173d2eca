/** Directory data, hours rules, calls, challenges and code hashing; only {@code phone} uses it. */
package org.helpline.phone.internal;
