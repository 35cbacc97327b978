package io.quire.shared;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Shows one message per field, the most useful one: "enter a username" beats "3 to 32 characters" beats
 * "only letters and digits". Bean Validation reports every broken constraint in no particular order.
 */
public final class FormErrors {

    private static final List<String> PRIORITY = List.of("NotBlank", "NotNull", "NotEmpty", "Size", "Length",
            "Pattern", "Email", "Min", "Max");

    private FormErrors() {
    }

    public static void keepFirstPerField(BindingResult result, Model model) {
        if (!result.hasFieldErrors()) {
            return;
        }
        Map<String, FieldError> first = new LinkedHashMap<>();
        result.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(FormErrors::rank))
                .forEach(error -> first.putIfAbsent(error.getField(), error));
        BeanPropertyBindingResult trimmed = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
        result.getGlobalErrors().forEach(trimmed::addError);
        first.values().forEach(trimmed::addError);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), trimmed);
    }

    private static int rank(FieldError error) {
        int index = PRIORITY.indexOf(error.getCode());
        return index < 0 ? PRIORITY.size() : index;
    }
}
