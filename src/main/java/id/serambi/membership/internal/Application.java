package id.serambi.membership.internal;

import java.util.ArrayList;
import java.util.List;

import id.serambi.shared.MultiLine;

/**
 * An application for membership as typed by the applicant or staff (desk form, KTA Online form or JSON): plain text,
 * checked field by field by {@link ApplicationValidator}.
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

    /** The form to correct a member's data, filled in except the NIK and mother's maiden name (never shown). */
    public static Application of(MemberRecord member) {
        Application form = new Application();
        form.fullName = member.fullName();
        form.birthPlace = member.birthPlace();
        form.birthDate = member.birthDate().toString();
        form.sex = member.sex().name();
        form.address = member.address();
        form.provinceCode = member.home().provinceCode();
        form.regencyCode = member.home().regencyCode();
        form.districtCode = member.home().districtCode();
        form.phone = member.phoneE164();
        form.email = member.email();
        form.category = member.categoryCode();
        form.institution = member.institution();
        form.institutionRegion = member.institutionRegion();
        form.guardianName = member.guardianName();
        form.guardianConsent = member.guardianName() != null;
        form.consent = true;
        return form;
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
