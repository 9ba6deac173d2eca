package org.helpline.cannedreplies;

/**
 * Who sees a canned reply: its author only, the team of agents who handle its service, or every
 * agent of the support desk (the organisation's own staff, or one partner's agents).
 */
public enum ReplyScope {
    PERSONAL,
    TEAM,
    ORGANISATION
}
