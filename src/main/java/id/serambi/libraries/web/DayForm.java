package id.serambi.libraries.web;

/** One weekday on the settings page: closed, or open from and to (HH:mm). */
public class DayForm {

    private boolean closed;
    private String open;
    private String close;

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    public String getOpen() {
        return open;
    }

    public void setOpen(String open) {
        this.open = open;
    }

    public String getClose() {
        return close;
    }

    public void setClose(String close) {
        this.close = close;
    }
}
