package org.helpline.requestsearch.internal;

import java.time.Instant;
import java.util.UUID;
import org.helpline.platform.ModuleEventListener;
import org.helpline.requests.RequestMessageAdded;
import org.helpline.requests.RequestOpened;
import org.helpline.requests.RequestSeverityChanged;
import org.helpline.requests.RequestStatusChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Logs every change a request's search document shows, in the transaction of the change: the row
 * commits with the change or not at all, so no node misses it even if this one stops right after.
 * Once committed, this node's index applies it at once instead of at its next poll.
 */
@Component
class RequestChanges {

    private final SearchChangeLog log;
    private final RequestIndex index;

    RequestChanges(SearchChangeLog log, RequestIndex index) {
        this.log = log;
        this.index = index;
    }

    @ModuleEventListener
    void on(RequestOpened event) {
        changed(event.tenantId(), event.requestId(), event.at());
    }

    @ModuleEventListener
    void on(RequestMessageAdded event) {
        changed(event.tenantId(), event.requestId(), event.at());
    }

    @ModuleEventListener
    void on(RequestStatusChanged event) {
        changed(event.tenantId(), event.requestId(), event.at());
    }

    @ModuleEventListener
    void on(RequestSeverityChanged event) {
        changed(event.tenantId(), event.requestId(), event.at());
    }

    private void changed(UUID tenantId, UUID requestId, Instant at) {
        log.append(tenantId, requestId, at);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                index.followSoon();
            }
        });
    }
}
