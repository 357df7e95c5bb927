package id.serambi.libraries.web;

import java.util.ArrayList;
import java.util.List;

import id.serambi.shared.MultiLine;

/** The edit form of one service standard: lists as one line per entry, tables as rows, numbers as typed. */
public class StandardForm {

    private String name;
    private String decreeNumber;
    @MultiLine
    private String procedureSummary;
    @MultiLine
    private String actorsText;
    @MultiLine
    private String requirementsText;
    private List<StepRow> steps = new ArrayList<>();
    private String completionValue;
    private String completionUnit;
    private String completionText;
    private String fee;
    @MultiLine
    private String productsText;
    @MultiLine
    private String complaintHandling;
    private List<ChannelRow> channels = new ArrayList<>();
    @MultiLine
    private String legalBasis;
    @MultiLine
    private String facilities;
    @MultiLine
    private String staffCompetence;
    @MultiLine
    private String internalSupervision;
    @MultiLine
    private String staffCount;
    @MultiLine
    private String serviceGuarantee;
    @MultiLine
    private String safetyGuarantee;
    @MultiLine
    private String performanceEvaluation;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDecreeNumber() {
        return decreeNumber;
    }

    public void setDecreeNumber(String decreeNumber) {
        this.decreeNumber = decreeNumber;
    }

    public String getProcedureSummary() {
        return procedureSummary;
    }

    public void setProcedureSummary(String procedureSummary) {
        this.procedureSummary = procedureSummary;
    }

    public String getActorsText() {
        return actorsText;
    }

    public void setActorsText(String actorsText) {
        this.actorsText = actorsText;
    }

    public String getRequirementsText() {
        return requirementsText;
    }

    public void setRequirementsText(String requirementsText) {
        this.requirementsText = requirementsText;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public void setSteps(List<StepRow> steps) {
        this.steps = steps;
    }

    public String getCompletionValue() {
        return completionValue;
    }

    public void setCompletionValue(String completionValue) {
        this.completionValue = completionValue;
    }

    public String getCompletionUnit() {
        return completionUnit;
    }

    public void setCompletionUnit(String completionUnit) {
        this.completionUnit = completionUnit;
    }

    public String getCompletionText() {
        return completionText;
    }

    public void setCompletionText(String completionText) {
        this.completionText = completionText;
    }

    public String getFee() {
        return fee;
    }

    public void setFee(String fee) {
        this.fee = fee;
    }

    public String getProductsText() {
        return productsText;
    }

    public void setProductsText(String productsText) {
        this.productsText = productsText;
    }

    public String getComplaintHandling() {
        return complaintHandling;
    }

    public void setComplaintHandling(String complaintHandling) {
        this.complaintHandling = complaintHandling;
    }

    public List<ChannelRow> getChannels() {
        return channels;
    }

    public void setChannels(List<ChannelRow> channels) {
        this.channels = channels;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getFacilities() {
        return facilities;
    }

    public void setFacilities(String facilities) {
        this.facilities = facilities;
    }

    public String getStaffCompetence() {
        return staffCompetence;
    }

    public void setStaffCompetence(String staffCompetence) {
        this.staffCompetence = staffCompetence;
    }

    public String getInternalSupervision() {
        return internalSupervision;
    }

    public void setInternalSupervision(String internalSupervision) {
        this.internalSupervision = internalSupervision;
    }

    public String getStaffCount() {
        return staffCount;
    }

    public void setStaffCount(String staffCount) {
        this.staffCount = staffCount;
    }

    public String getServiceGuarantee() {
        return serviceGuarantee;
    }

    public void setServiceGuarantee(String serviceGuarantee) {
        this.serviceGuarantee = serviceGuarantee;
    }

    public String getSafetyGuarantee() {
        return safetyGuarantee;
    }

    public void setSafetyGuarantee(String safetyGuarantee) {
        this.safetyGuarantee = safetyGuarantee;
    }

    public String getPerformanceEvaluation() {
        return performanceEvaluation;
    }

    public void setPerformanceEvaluation(String performanceEvaluation) {
        this.performanceEvaluation = performanceEvaluation;
    }
}
