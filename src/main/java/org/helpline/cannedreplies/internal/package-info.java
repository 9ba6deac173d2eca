/** The replies' storage, access rules, validation and filling. */
package org.helpline.cannedreplies.internal;
