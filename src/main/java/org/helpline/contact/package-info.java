/**
 * "Contact me": agent presence and skills, the callback queue that offers each callback only
 * to agents with the skills it needs, and an honest expected wait (Erlang C blended with the place
 * in line, published as a range) whose every showing is stored with its inputs and compared with
 * the wait that followed. Other modules use {@link org.helpline.contact.ContactManagement}; it
 * depends on {@code requests} (the {@code RequestOpened} event), {@code tenancy}, {@code sla},
 * {@code catalog}, {@code support} and {@code shared}.
 */
package org.helpline.contact;
