/** Canned replies over JSON under {@code /api/v1}. */
package org.helpline.cannedreplies.api;
