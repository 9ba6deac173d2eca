/** The search pages of agents and tenant admins, the search box and the number typeahead. */
package org.helpline.requestsearch.web;
