package cn.safetysupervision.platform.events;

/** A valid event whose handler failed every attempt; the record goes to the dead-letter topic with this reason. */
public class EventProcessingFailedException extends RuntimeException {

    public EventProcessingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
