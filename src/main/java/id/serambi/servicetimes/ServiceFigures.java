package id.serambi.servicetimes;

import java.util.List;

import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.ServiceKind;

/**
 * Real times of one service: each step, and whole cases against the stated completion time.
 *
 * @param cases cases that started in the period
 * @param completedCases cases whose first and last recorded moments differ (a whole-case time exists)
 * @param medianSeconds median whole-case time (elapsed; for working-day standards, working time within service hours)
 * @param withinCompletionPercent share of completed cases within the stated completion time
 * @param waiting queue tickets from taking the ticket to their first call
 */
public record ServiceFigures(String code, String name, ServiceKind kind, CompletionTime completionTime, int cases,
        int completedCases, Long medianSeconds, Long p90Seconds, Double withinCompletionPercent,
        List<StepFigures.Breach> breaches, List<StepFigures> steps, WaitingFigures waiting) {
}
