package id.serambi.shared.web;

import org.springframework.validation.BindingResult;

import id.serambi.shared.DomainException;
import id.serambi.shared.FieldProblem;

/** Puts a refusal's field problems on a form, so that the page shows them beside the fields. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void bind(BindingResult binding, DomainException refusal) {
        if (refusal.fieldProblems().isEmpty()) {
            binding.reject(refusal.messageKey(), refusal.args(), refusal.messageKey());
            return;
        }
        for (FieldProblem problem : refusal.fieldProblems()) {
            if (binding.getFieldType(problem.field()) != null || hasProperty(binding, problem.field())) {
                binding.rejectValue(problem.field(), problem.messageKey(), problem.args(), problem.messageKey());
            } else {
                binding.reject(problem.messageKey(), problem.args(), problem.messageKey());
            }
        }
    }

    private static boolean hasProperty(BindingResult binding, String field) {
        try {
            binding.getFieldValue(field);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
