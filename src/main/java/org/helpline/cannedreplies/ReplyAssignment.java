package org.helpline.cannedreplies;

/** What applying a reply does to the request's assignment: the agent takes it, or it goes back to the queue. */
public enum ReplyAssignment {
    TAKE,
    QUEUE
}
