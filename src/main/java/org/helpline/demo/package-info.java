/**
 * The demo data of docs/contract.md, loaded through the modules' own services on the first start of the
 * embedded default (and under PostgreSQL only when {@code helpline.demo-data=true}).
 */
package org.helpline.demo;
