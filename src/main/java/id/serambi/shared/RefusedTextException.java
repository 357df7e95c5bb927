package id.serambi.shared;

/** Text a field may not hold (see {@link PlainText}); a binder turns it into that field's 400 error. */
public class RefusedTextException extends IllegalArgumentException {

    private final String messageKey;

    public RefusedTextException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
