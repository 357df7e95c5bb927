package id.serambi.libraries.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import id.serambi.libraries.ProcedureStep;

/**
 * Which saved step each edited step is, so that a step keeps its key through renaming and reordering. An edited step
 * is the saved step whose key it carries (the edit page and the API send it back); failing that, the saved step with
 * its checkpoint, then the one with its exact description, then the one in its position. Every rule claims a saved
 * step once; an edited step none claims is new, and a saved step none claims is retired.
 */
final class StepIdentities {

    private StepIdentities() {
    }

    static List<ProcedureStep> keep(List<ProcedureStep> saved, List<ProcedureStep> edited) {
        String[] keys = new String[edited.size()];
        Set<String> claimed = new HashSet<>();
        claim(saved, edited, keys, claimed, (was, now) -> was.key().equals(now.key()));
        claim(saved, edited, keys, claimed,
                (was, now) -> now.checkpoint() != null && was.checkpoint() == now.checkpoint());
        claim(saved, edited, keys, claimed, (was, now) -> Objects.equals(was.description(), now.description()));
        claim(saved, edited, keys, claimed, (was, now) -> was.order() == now.order());
        List<ProcedureStep> result = new ArrayList<>();
        for (int i = 0; i < edited.size(); i++) {
            String key = keys[i] != null ? keys[i] : UUID.randomUUID().toString();
            result.add(edited.get(i).withPlace(i + 1, key));
        }
        return result;
    }

    private static void claim(List<ProcedureStep> saved, List<ProcedureStep> edited, String[] keys,
            Set<String> claimed, BiPredicate<ProcedureStep, ProcedureStep> same) {
        for (int i = 0; i < edited.size(); i++) {
            if (keys[i] != null) {
                continue;
            }
            ProcedureStep now = edited.get(i);
            for (ProcedureStep was : saved) {
                if (!claimed.contains(was.key()) && same.test(was, now)) {
                    keys[i] = was.key();
                    claimed.add(was.key());
                    break;
                }
            }
        }
    }
}
