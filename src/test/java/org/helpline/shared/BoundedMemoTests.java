package org.helpline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTests {

    private final BoundedMemo<String, String> memo = new BoundedMemo<>(3);
    private final AtomicInteger computed = new AtomicInteger();

    private String get(String key) {
        return memo.get(key, k -> {
            computed.incrementAndGet();
            return k.toUpperCase();
        });
    }

    @Test
    void computesEachKeyOnce() {
        assertThat(get("a")).isEqualTo("A");
        assertThat(get("a")).isEqualTo("A");
        assertThat(get("b")).isEqualTo("B");
        assertThat(computed).hasValue(2);
    }

    @Test
    void forgetsEverythingWhenFull() {
        get("a");
        get("b");
        get("c");
        get("d");
        assertThat(computed).hasValue(4);
        get("a");
        assertThat(computed).hasValue(5);
        get("d");
        assertThat(computed).hasValue(5);
    }
}
