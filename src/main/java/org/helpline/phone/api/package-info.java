/** JSON API of phone support: the public directory, the agent's calls and verification, directory editing. */
package org.helpline.phone.api;
