package id.serambi.libraries.web;

/** A holiday to add on the settings page. */
public class HolidayForm {

    private String date;
    private String name;

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
