/** Pages of the contact module: the agent's desk, the supervisor's queues and the customer's contact pane. */
package org.helpline.contact.web;
