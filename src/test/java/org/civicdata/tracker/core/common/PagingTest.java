package org.civicdata.tracker.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void everyOrderEndsWithTheIdSoTiedRowsPageTheSameWayEachTime() {
        Pageable byStatus = Paging.of(
                2,
                50,
                List.of(Sort.Order.desc("status"), Sort.Order.asc("secret")),
                Set.of("status"),
                Paging.LATEST_CHANGE);
        assertThat(byStatus.getSort().getOrderBy()).containsExactly(Sort.Order.desc("status"), Sort.Order.asc("id"));
        assertThat(byStatus.getOffset()).isEqualTo(100);

        Pageable unsorted = Paging.of(0, 50, List.of(), Set.of("status"), Sort.of(Sort.Order.asc("name")));
        assertThat(unsorted.getSort().getOrderBy()).containsExactly(Sort.Order.asc("name"), Sort.Order.asc("id"));
        assertThat(Paging.of(0, 50, List.of(), Set.of(), Paging.LATEST_CHANGE)
                        .getSort()
                        .getOrderBy())
                .containsExactly(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
    }
}
