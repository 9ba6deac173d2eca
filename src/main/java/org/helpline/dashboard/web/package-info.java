/**
 * The page /dashboard, each chart with its figures as a table that ECharts draws in the browser,
 * and /dashboard/{chart}.csv.
 */
package org.helpline.dashboard.web;
