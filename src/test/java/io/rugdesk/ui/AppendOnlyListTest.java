package io.rugdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshots that never change, cost nothing, and tell a reader by identity what was appended. */
class AppendOnlyListTest {

    @Test
    void aSnapshotKeepsItsItemsWhateverTheListDoesAfterwards() {
        AppendOnlyList<Integer> list = new AppendOnlyList<>(1_000);
        List<List<Integer>> snapshots = new ArrayList<>();
        for (int i = 0; i < 300; i++) {   // past several growths of the array
            list.add(i);
            snapshots.add(list.snapshot());
        }
        list.clear();
        list.add(-1);
        for (int i = 0; i < snapshots.size(); i++) {
            List<Integer> expected = new ArrayList<>();
            for (int item = 0; item <= i; item++) {
                expected.add(item);
            }
            assertThat(snapshots.get(i)).as("snapshot %d", i).isEqualTo(expected);
        }
        assertThat(list.snapshot()).containsExactly(-1);
        assertThatThrownBy(() -> snapshots.get(0).add(7)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSameSnapshotUntilTheNextChangeAndNoCopyInUiSnapshot() {
        AppendOnlyList<String> list = new AppendOnlyList<>(10);
        list.add("a");
        List<String> first = list.snapshot();
        assertThat(list.snapshot()).isSameAs(first);
        assertThat(UiSnapshot.lastOf(first, 10)).as("UiSnapshot keeps the view as it is").isSameAs(first);
        list.add("b");
        assertThat(list.snapshot()).isNotSameAs(first).containsExactly("a", "b");
    }

    @Test
    void keepsTheNewestMaxItems() {
        AppendOnlyList<Integer> list = new AppendOnlyList<>(5);
        for (int i = 1; i <= 23; i++) {
            list.add(i);
        }
        assertThat(list.size()).isEqualTo(5);
        assertThat(list.snapshot()).containsExactly(19, 20, 21, 22, 23);
    }

    @Test
    void appendedSinceCountsNewItemsOfTheSameListOnly() {
        AppendOnlyList<Integer> list = new AppendOnlyList<>(4);
        list.add(1);
        list.add(2);
        List<Integer> before = list.snapshot();
        list.add(3);
        List<Integer> after = list.snapshot();
        assertThat(AppendOnlyList.appendedSince(after, before)).isEqualTo(1);
        assertThat(AppendOnlyList.firstNew(after, before)).isEqualTo(2);
        assertThat(AppendOnlyList.appendedSince(after, after)).isZero();

        list.add(4);
        list.add(5);   // past max: the oldest item went, a reader must start over
        assertThat(AppendOnlyList.appendedSince(list.snapshot(), after)).isEqualTo(-1);
        assertThat(AppendOnlyList.firstNew(list.snapshot(), after)).isZero();

        List<Integer> full = list.snapshot();
        list.clear();
        list.add(9);
        assertThat(AppendOnlyList.appendedSince(list.snapshot(), full)).as("cleared").isEqualTo(-1);
        assertThat(AppendOnlyList.appendedSince(List.of(1, 2, 3), List.of(1, 2))).as("not a snapshot").isEqualTo(-1);
        assertThat(AppendOnlyList.firstNew(List.of(1, 2, 3), List.of(1, 2))).as("compared at the ends").isEqualTo(2);
        assertThat(AppendOnlyList.firstNew(List.of(5, 2, 3), List.of(1, 2))).isZero();
    }
}
