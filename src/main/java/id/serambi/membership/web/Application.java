package id.serambi.membership.web;

import java.util.ArrayList;
import java.util.List;

import id.serambi.membership.ApplicationDetails;
import id.serambi.shared.MultiLine;

/**
 * An application for membership as typed by the applicant or staff, bound from the desk form, the KTA Online form or
 * JSON; the commands take it as {@link ApplicationDetails}.
 */
public class Application {

    private String fullName;
    private String nik;
    private String birthPlace;
    private String birthDate;
    private String sex;
    @MultiLine
    private String address;
    private String regionCode;
    private String provinceCode;
    private String regencyCode;
    private String districtCode;
    private String motherMaidenName;
    private String phone;
    private String email;
    private String category;
    private String institution;
    private String institutionRegion;
    private String guardianName;
    private boolean guardianConsent;
    private boolean consent;
    private List<DocumentShown> documents = new ArrayList<>();

    /** The form filled in with an application's details (a correction starts from the stored ones). */
    static Application of(ApplicationDetails details) {
        Application form = new Application();
        form.fullName = details.fullName();
        form.nik = details.nik();
        form.birthPlace = details.birthPlace();
        form.birthDate = details.birthDate();
        form.sex = details.sex();
        form.address = details.address();
        form.regionCode = details.regionCode();
        form.provinceCode = details.provinceCode();
        form.regencyCode = details.regencyCode();
        form.districtCode = details.districtCode();
        form.motherMaidenName = details.motherMaidenName();
        form.phone = details.phone();
        form.email = details.email();
        form.category = details.category();
        form.institution = details.institution();
        form.institutionRegion = details.institutionRegion();
        form.guardianName = details.guardianName();
        form.guardianConsent = details.guardianConsent();
        form.consent = details.consent();
        form.documents = new ArrayList<>(details.documents().stream().map(DocumentShown::of).toList());
        return form;
    }

    /** What was typed, as the commands take it; the form itself stays as typed. */
    ApplicationDetails details() {
        return new ApplicationDetails(fullName, nik, birthPlace, birthDate, sex, address, regionCode, provinceCode,
                regencyCode, districtCode, motherMaidenName, phone, email, category, institution, institutionRegion,
                guardianName, guardianConsent, consent, DocumentShown.seen(documents));
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getNik() {
        return nik;
    }

    public void setNik(String nik) {
        this.nik = nik;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public void setBirthPlace(String birthPlace) {
        this.birthPlace = birthPlace;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getRegencyCode() {
        return regencyCode;
    }

    public void setRegencyCode(String regencyCode) {
        this.regencyCode = regencyCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public String getMotherMaidenName() {
        return motherMaidenName;
    }

    public void setMotherMaidenName(String motherMaidenName) {
        this.motherMaidenName = motherMaidenName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getInstitutionRegion() {
        return institutionRegion;
    }

    public void setInstitutionRegion(String institutionRegion) {
        this.institutionRegion = institutionRegion;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public boolean isGuardianConsent() {
        return guardianConsent;
    }

    public void setGuardianConsent(boolean guardianConsent) {
        this.guardianConsent = guardianConsent;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public List<DocumentShown> getDocuments() {
        return documents;
    }

    public void setDocuments(List<DocumentShown> documents) {
        this.documents = documents == null ? new ArrayList<>() : documents;
    }

    /** Whether the document type was ticked, for re-showing the form. */
    public boolean hasDocument(String type) {
        return documents.stream().anyMatch(document -> document != null && type.equals(document.getType()));
    }
}
