package id.serambi.libraries.web;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryProfile;
import id.serambi.shared.MultiLine;

/** The library's profile on the settings page. */
public class ProfileForm {

    private String name;
    private String agency;
    @MultiLine
    private String address;
    private String postalCode;
    private String phone;
    private String email;
    private String website;
    private String timezone;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
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

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    static ProfileForm of(Library library) {
        ProfileForm form = new ProfileForm();
        form.name = library.name();
        form.agency = library.agency();
        form.address = library.address();
        form.postalCode = library.postalCode();
        form.phone = library.phone();
        form.email = library.email();
        form.website = library.website();
        form.timezone = library.timezone().getId();
        return form;
    }

    LibraryProfile toProfile() {
        return new LibraryProfile(name, agency, address, postalCode, phone, email, website, timezone);
    }
}
