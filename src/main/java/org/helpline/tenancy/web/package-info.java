/** The organisation admin's pages for tenants, their subscriptions and partners (Thymeleaf). */
package org.helpline.tenancy.web;
