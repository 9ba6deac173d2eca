/**
 * "Contact me": agent presence and skills, the callback queue that offers each callback only
 * to agents with the skills it needs, and an honest expected wait (Erlang C blended with the place
 * in line, published as a range) whose every showing is stored with its inputs and compared with
 * the wait that followed.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"catalog", "phone", "platform", "requests", "shared", "sla", "support", "tenancy"})
package org.helpline.contact;
