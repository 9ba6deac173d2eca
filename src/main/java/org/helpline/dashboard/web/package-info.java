/** The page /dashboard with its charts drawn as inline SVG, and /dashboard/{chart}.csv. */
package org.helpline.dashboard.web;
