package org.helpline.surveys.internal;

/** What a customer can say went well or badly with a request. */
public enum SurveyTopic {
    SPEED,
    EXPERTISE,
    COMMUNICATION,
    SOLUTION,
    COURTESY
}
