package io.quire.improvement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The improvement editor: the whole article text as the improver proposes it, and what they changed. */
record ImprovementForm(
        @NotBlank(message = "{improvement.editor.title.required}")
        @Size(max = 200, message = "{improvement.editor.title.size}") String title,
        @Size(max = 500, message = "{improvement.editor.summary.size}") String summary,
        @NotBlank(message = "{improvement.editor.markdown.required}")
        @Size(max = 200000, message = "{improvement.editor.markdown.size}") String markdown,
        @Size(max = 500, message = "{improvement.editor.change-summary.size}") String changeSummary) {
}
