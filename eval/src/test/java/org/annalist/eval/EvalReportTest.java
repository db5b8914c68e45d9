package org.annalist.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalReportTest {

    private static EvalReport report(PRF notes, List<String> missing) {
        List<EvalReport.Row> rows = new ArrayList<>();
        for (Task t : Task.values()) rows.add(new EvalReport.Row(t, t == Task.NOTES ? notes : PRF.ZERO));
        return new EvalReport(rows, 3, missing);
    }

    @Test
    void scores_round_half_to_even_on_the_exact_binary_value_as_python_round_does() {
        EvalReport.Row notes = report(new PRF(1, 16, 5, 16), List.of()).row(Task.NOTES);

        assertThat(notes.precision()).isEqualTo(0.062); // 0.0625 is a tie: to even
        assertThat(notes.recall()).isEqualTo(0.312);
        assertThat(notes.f1()).isEqualTo(0.104);
    }

    @Test
    void the_table_has_the_referee_layout_and_names_missing_predictions() {
        String table = report(new PRF(1, 16, 5, 16), List.of("a.txt", "b.txt")).toTable();

        assertThat(table.lines().toList()).hasSize(15);
        assertThat(table).startsWith("task                          P      R     F1  gold  pred\n"
                + "timex.extent              0.000  0.000  0.000     0     0\n");
        assertThat(table).contains("\nnotes                     0.062  0.312  0.104    16    16\n");
        assertThat(table).endsWith("\nmissing predictions for: a.txt, b.txt\n");
    }

    @Test
    void the_json_escapes_non_ascii_names_as_python_json_dumps_does() {
        String json = report(PRF.ZERO, List.of("Zürich \"1\".txt")).toJson();

        assertThat(json).contains("  \"missing_predictions\": [\n   \"Z\\u00fcrich \\\"1\\\".txt\"\n  ]\n }\n}\n");
        assertThat(json).startsWith("{\n \"timex.extent\": {\n  \"precision\": 0.0,\n");
    }

    @Test
    void rows_out_of_task_order_are_rejected() {
        List<EvalReport.Row> rows = new ArrayList<>();
        for (Task t : Task.values()) rows.add(0, new EvalReport.Row(t, PRF.ZERO));

        assertThatThrownBy(() -> new EvalReport(rows, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in Task order");
    }

    @Test
    void counts_that_find_more_than_exists_are_rejected() {
        assertThatThrownBy(() -> new PRF(3, 2, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 3/2");
    }
}
