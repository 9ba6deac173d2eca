/**
 * Satisfaction surveys. When a request is resolved its requester gets an e-mail with a
 * signed link that needs no sign-in, works once and expires; the answer (1 to 5, what went well
 * or badly, a comment) is kept with the request and its agent. See {@link org.helpline.surveys.SurveyManagement}.
 */
package org.helpline.surveys;
