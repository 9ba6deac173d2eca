/**
 * The demo data of docs/contract.md, loaded through the modules' own services on the first start
 * of the embedded default (under PostgreSQL only when helpline.demo-data=true).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"contact", "identity", "shared", "tenancy"})
package org.helpline.demo;
