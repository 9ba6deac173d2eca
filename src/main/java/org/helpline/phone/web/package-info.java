/** Pages of phone support: the public directory, the agent's call console, the admin's directory editor. */
package org.helpline.phone.web;
