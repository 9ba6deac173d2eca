/**
 * The demo data of docs/contract.md, loaded through the modules' own services on the first start
 * of the embedded default (under PostgreSQL only when helpline.demo-data=true): the organisations,
 * tenants and people, then {@code helpline.demo.history-days} of past work (requests, replies,
 * callbacks, surveys, service health) written by the same services under a clock set to the past, sending no e-mail.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "contact",
            "contact :: desk",
            "health",
            "identity",
            "platform",
            "requests",
            "shared",
            "sla",
            "surveys",
            "tenancy"
        })
package org.helpline.demo;
