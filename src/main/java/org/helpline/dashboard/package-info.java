/**
 * The supervisor's dashboard of SLA attainment, backlog, breaches, first response and
 * satisfaction, read from projections the module keeps from the events of requests, sla and
 * surveys.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"catalog", "platform", "requests", "shared", "sla", "surveys"})
package org.helpline.dashboard;
