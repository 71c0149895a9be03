package io.casework.approvals.domain;

/**
 * Where a notification stands for its recipient (issue 17: "Unread, read, acted"): not yet opened; opened; or acted
 * on, when the decision it asked for was made. An alert that asks for no decision is at most read.
 */
public enum NotificationState {
    UNREAD,
    READ,
    ACTED
}
