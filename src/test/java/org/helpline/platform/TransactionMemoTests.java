package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

class TransactionMemoTests {

    private final TransactionTemplate transactions = new TransactionTemplate(
            new DataSourceTransactionManager(new DriverManagerDataSource("jdbc:h2:mem:memo", "sa", "")));

    private final TransactionMemo<String, String> memo = new TransactionMemo<>();

    @Test
    void keepsValuesUntilTheTransactionEnds() {
        transactions.executeWithoutResult(status -> {
            memo.put("a", "first");
            assertThat(memo.get("a")).contains("first");
            memo.put("a", "second");
            assertThat(memo.get("a")).contains("second");
        });
        assertThat(memo.get("a")).isEmpty();
        transactions.executeWithoutResult(status -> assertThat(memo.get("a")).isEmpty());
    }

    @Test
    void forgetsAKeyWhenTold() {
        transactions.executeWithoutResult(status -> {
            memo.put("a", "kept");
            memo.put("b", "kept too");
            memo.forget("a");
            assertThat(memo.get("a")).isEmpty();
            assertThat(memo.get("b")).contains("kept too");
        });
    }

    @Test
    void keepsNothingOutsideATransaction() {
        memo.put("a", "lost");
        assertThat(memo.get("a")).isEmpty();
    }

    @Test
    void forgetsEverythingWhenTheTransactionRollsBack() {
        transactions.executeWithoutResult(status -> {
            memo.put("a", "written");
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> assertThat(memo.get("a")).isEmpty());
    }

    @Test
    void separateMemosDoNotSeeEachOther() {
        var other = new TransactionMemo<String, String>();
        transactions.executeWithoutResult(status -> {
            memo.put("a", "mine");
            assertThat(other.get("a")).isEmpty();
        });
    }
}
