/** The agents' page of canned replies and the composer's suggestions. */
package org.helpline.cannedreplies.web;
