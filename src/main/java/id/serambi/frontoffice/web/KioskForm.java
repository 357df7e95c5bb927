package id.serambi.frontoffice.web;

import id.serambi.frontoffice.NewVisit;

/** What the kiosk posts: a scanned number, or the short form of a non-member or a group. */
public class KioskForm {

    private String visitorType;
    private String memberNumber;
    private String purpose;
    private String location;
    private String name;
    private String sex;
    private String occupation;
    private String education;
    private String institution;
    private String address;
    private String groupName;
    private Integer groupSize;
    private String leader;
    private String contact;
    private Integer male;
    private Integer female;

    NewVisit toVisit() {
        NewVisit.Breakdown breakdown = male == null && female == null ? null : new NewVisit.Breakdown(male, female);
        return new NewVisit(visitorType, memberNumber, purpose, location, name, blankToNull(sex), occupation,
                education, institution, address, groupName, groupSize, leader, contact, breakdown);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getVisitorType() { return visitorType; }
    public void setVisitorType(String visitorType) { this.visitorType = visitorType; }
    public String getMemberNumber() { return memberNumber; }
    public void setMemberNumber(String memberNumber) { this.memberNumber = memberNumber; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String occupation) { this.occupation = occupation; }
    public String getEducation() { return education; }
    public void setEducation(String education) { this.education = education; }
    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getGroupName() { return groupName; }
    public void setGroupName(String groupName) { this.groupName = groupName; }
    public Integer getGroupSize() { return groupSize; }
    public void setGroupSize(Integer groupSize) { this.groupSize = groupSize; }
    public String getLeader() { return leader; }
    public void setLeader(String leader) { this.leader = leader; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public Integer getMale() { return male; }
    public void setMale(Integer male) { this.male = male; }
    public Integer getFemale() { return female; }
    public void setFemale(Integer female) { this.female = female; }
}
